import { CreateButton, TopToolbar } from 'react-admin';

/** A list's actions when every filter is always shown: just Create (react-admin adds "Add filter" and export). */
export const CreateOnly = () => (
  <TopToolbar>
    <CreateButton />
  </TopToolbar>
);
