import BusinessIcon from '@mui/icons-material/Business';
import {
  Create,
  Datagrid,
  Edit,
  List,
  ReferenceManyField,
  SearchInput,
  SimpleForm,
  TextArrayField,
  TextArrayInput,
  TextField,
  TextInput,
  UrlField,
  required,
} from 'react-admin';
import { Empty } from '../content/Empty';
import { StaffOnlyField } from '../question-sets/StaffOnlyField';

const CompanyList = () => (
  <List filters={[<SearchInput key="q" source="q" alwaysOn placeholder="Search companies" />]} empty={<Empty what="companies" />}>
    <Datagrid rowClick="edit" bulkActionButtons={false}>
      <TextField source="name" />
      <UrlField source="website" sortable={false} emptyText="—" />
      <TextArrayField source="techStack" label="Tech stack" sortable={false} />
    </Datagrid>
  </List>
);

const CompanyForm = () => (
  <SimpleForm>
    <TextInput source="name" validate={required()} />
    <TextInput source="website" type="url" />
    <TextInput source="description" multiline minRows={2} />
    <TextInput
      source="cultureNotes"
      label="Culture notes"
      helperText="Values, what interviewers there look for"
      multiline
      minRows={2}
    />
    <TextArrayInput source="techStack" label="Tech stack" helperText="Press Enter after each" />
  </SimpleForm>
);

const CompanyEdit = () => (
  <Edit mutationMode="pessimistic" aside={<CompanySets />}>
    <CompanyForm />
  </Edit>
);

/** The company's question sets, beside its form. */
const CompanySets = () => (
  <ReferenceManyField reference="question-sets" target="companyId" label="Question sets">
    <Datagrid rowClick="edit" bulkActionButtons={false} empty={<Empty what="question sets for this company" />}>
      <TextField source="name" label="Question set" />
      <StaffOnlyField label="Access" />
    </Datagrid>
  </ReferenceManyField>
);

export default {
  list: CompanyList,
  edit: CompanyEdit,
  create: () => (
    <Create redirect="edit">
      <CompanyForm />
    </Create>
  ),
  icon: BusinessIcon,
  options: { label: 'Companies' },
};
