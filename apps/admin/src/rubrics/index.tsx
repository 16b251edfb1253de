import RuleIcon from '@mui/icons-material/Rule';
import { Alert, Box, Chip, Table, TableBody, TableCell, TableHead, TableRow } from '@mui/material';
import { useState } from 'react';
import {
  BooleanField,
  BooleanInput,
  Button,
  Create,
  Datagrid,
  Edit,
  FunctionField,
  List,
  Show,
  SimpleForm,
  SimpleShowLayout,
  TextField,
  TextInput,
  required,
  usePermissions,
  useRecordContext,
} from 'react-admin';
import { Empty } from '../content/Empty';
import { Section } from '../content/Section';
import { CriteriaEditor } from './CriteriaEditor';
import { CriteriaTable } from './CriteriaTable';
import { sameCriteria, type Criterion } from './queries';

interface Version {
  id: string;
  version: number;
  createdAt: string;
  used: boolean;
  criteria: Criterion[];
}

interface Rubric {
  id: string;
  name: string;
  currentVersion: Version;
  versions: Version[];
}

const isAdmin = (permissions: unknown) => permissions === 'ADMIN';

const RubricList = () => {
  const { permissions } = usePermissions();
  return (
    <List pagination={false} actions={isAdmin(permissions) ? undefined : false} empty={<Empty what="rubrics" />}>
      <Datagrid rowClick={isAdmin(permissions) ? 'edit' : 'show'} bulkActionButtons={false}>
        <TextField source="name" sortable={false} />
        <BooleanField source="isDefault" label="Default" sortable={false} />
        <FunctionField<Rubric>
          label="Current version"
          render={(r) => `Version ${r.currentVersion.version} · ${r.currentVersion.criteria.length} criteria`}
        />
      </Datagrid>
    </List>
  );
};

/** Every version, newest first, and whether it has scored answers (then it never changes). */
function Versions() {
  const rubric = useRecordContext<Rubric>();
  if (!rubric) return null;
  return (
    <Section title="Versions">
      <Table size="small">
        <TableHead>
          <TableRow>
            <TableCell>Version</TableCell>
            <TableCell>Created</TableCell>
            <TableCell>Criteria</TableCell>
            <TableCell>Use</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {rubric.versions.map((v) => (
            <TableRow key={v.id}>
              <TableCell>
                {v.version}
                {v.id === rubric.currentVersion.id ? ' (current)' : ''}
              </TableCell>
              <TableCell>{new Date(v.createdAt).toLocaleString()}</TableCell>
              <TableCell>{v.criteria.map((c) => `${c.name} ×${c.weight}`).join(', ')}</TableCell>
              <TableCell>{v.used ? <Chip size="small" label="Has scored answers" /> : 'Not used yet'}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </Section>
  );
}

/**
 * The current version's criteria: editable while nothing was scored against it, else read-only until
 * the admin asks for a new version. Either way saving changed criteria makes a new version.
 */
function CurrentCriteria() {
  const rubric = useRecordContext<Rubric>();
  const [newVersion, setNewVersion] = useState(false);
  if (!rubric) return null;
  const current = rubric.currentVersion;
  if (current.used && !newVersion) {
    return (
      <Box sx={{ width: '100%' }}>
        <Alert
          severity="info"
          sx={{ mb: 2 }}
          action={<Button label="Create new version" onClick={() => setNewVersion(true)} variant="outlined" />}
        >
          Version {current.version} has scored answers, so its criteria are read-only.
        </Alert>
        <CriteriaTable criteria={current.criteria} caption={`Criteria of version ${current.version}`} />
      </Box>
    );
  }
  return (
    <Box sx={{ width: '100%' }}>
      <Alert severity="info" sx={{ mb: 2 }}>
        {newVersion ? 'New version: ' : ''}saving changed criteria makes version {rubric.versions[0].version + 1}; answers already
        scored keep the version they were scored with.
      </Alert>
      <CriteriaEditor />
    </Box>
  );
}

function RubricEditForm() {
  const rubric = useRecordContext<Rubric>();
  return (
    <SimpleForm defaultValues={{ criteria: rubric?.currentVersion.criteria }}>
      <TextInput source="name" validate={required()} />
      <TextInput source="description" multiline />
      <BooleanInput source="isDefault" label="Default rubric (practice, and templates that name none)" />
      <CurrentCriteria />
    </SimpleForm>
  );
}

/** Sends criteria only when they changed: an unchanged save must not add a version. */
const onlyChangedCriteria = (data: Record<string, unknown>, options?: { previousData?: Rubric }) => {
  const previous = options?.previousData?.currentVersion.criteria;
  const { criteria, ...rest } = data;
  return previous && sameCriteria(criteria as Criterion[], previous) ? rest : data;
};

const RubricShow = () => {
  const { permissions } = usePermissions();
  return (
    <Show actions={isAdmin(permissions) ? undefined : false}>
      <SimpleShowLayout>
        <TextField source="name" />
        <TextField source="description" emptyText="—" />
        <BooleanField source="isDefault" label="Default" />
        <FunctionField<Rubric>
          label="Criteria"
          render={(r) => (
            <CriteriaTable criteria={r.currentVersion.criteria} caption={`Criteria of version ${r.currentVersion.version}`} />
          )}
        />
      </SimpleShowLayout>
      <Versions />
    </Show>
  );
};

/** Only admins change rubrics: anyone else gets the read-only page. */
function RubricEdit() {
  const { permissions, isPending } = usePermissions();
  if (isPending) return null;
  if (!isAdmin(permissions)) return <RubricShow />;
  return (
    <Edit mutationMode="pessimistic" transform={onlyChangedCriteria} redirect={false}>
      <RubricEditForm />
      <Versions />
    </Edit>
  );
}

const LEVEL_HINTS = ['Missing or off-topic', 'Weak', 'Adequate', 'Strong', 'Outstanding'];

const RubricCreate = () => (
  <Create redirect="edit">
    <SimpleForm defaultValues={{ criteria: [{ name: '', weight: 1, levels: LEVEL_HINTS }] }}>
      <TextInput source="name" validate={required()} />
      <TextInput source="description" multiline />
      <BooleanInput source="isDefault" label="Default rubric (practice, and templates that name none)" />
      <CriteriaEditor />
    </SimpleForm>
  </Create>
);

export default {
  list: RubricList,
  edit: RubricEdit,
  show: RubricShow,
  create: RubricCreate,
  icon: RuleIcon,
  options: { label: 'Rubrics' },
};
