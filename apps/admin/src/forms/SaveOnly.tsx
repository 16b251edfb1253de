import { SaveButton, Toolbar } from 'react-admin';

/** A form's toolbar without react-admin's Delete: deleting is on the record's page, with a confirmation. */
export const SaveOnly = () => (
  <Toolbar>
    <SaveButton />
  </Toolbar>
);
