import LibraryBooksIcon from '@mui/icons-material/LibraryBooks';
import {
  AutocompleteInput,
  BooleanInput,
  Create,
  Datagrid,
  Edit,
  List,
  NumberField,
  ReferenceField,
  ReferenceInput,
  SearchInput,
  SimpleForm,
  TextField,
  TextInput,
  required,
} from 'react-admin';
import { Empty } from '../content/Empty';
import { StaffOnlyField } from './StaffOnlyField';
import { SetQuestions } from './SetQuestions';

const filters = [
  <SearchInput key="q" source="q" alwaysOn placeholder="Search sets" />,
  <ReferenceInput key="company" source="companyId" reference="companies" alwaysOn>
    <AutocompleteInput label="Company" optionText="name" />
  </ReferenceInput>,
];

const QuestionSetList = () => (
  <List filters={filters} empty={<Empty what="question sets" />}>
    <Datagrid rowClick="edit" bulkActionButtons={false}>
      <TextField source="name" />
      <ReferenceField source="companyId" reference="companies" label="Company" sortable={false} emptyText="—" link={false} />
      <TextField source="roleTrack" label="Role track" sortable={false} emptyText="—" />
      <NumberField source="questionCount" label="Questions" sortable={false} />
      <StaffOnlyField label="Access" />
    </Datagrid>
  </List>
);

const QuestionSetForm = () => (
  <SimpleForm>
    <TextInput source="name" validate={required()} />
    <ReferenceInput source="companyId" reference="companies">
      <AutocompleteInput label="Company" optionText="name" helperText="Leave empty for general questions" />
    </ReferenceInput>
    <TextInput source="roleTrack" label="Role track" helperText='For example "Backend engineer"' />
    <TextInput source="description" multiline minRows={2} />
    <BooleanInput
      source="staffOnly"
      label="Staff only"
      helperText="Kept out of free practice: only templates use it (questions saved for real interviews)"
    />
  </SimpleForm>
);

const QuestionSetEdit = () => (
  <Edit mutationMode="pessimistic">
    <QuestionSetForm />
    <SetQuestions />
  </Edit>
);

export default {
  list: QuestionSetList,
  edit: QuestionSetEdit,
  create: () => (
    <Create redirect="edit">
      <QuestionSetForm />
    </Create>
  ),
  icon: LibraryBooksIcon,
  options: { label: 'Question sets' },
};
