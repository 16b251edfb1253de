import { useMediaQuery, type Theme } from '@mui/material';
import {
  Datagrid,
  DateField,
  FunctionField,
  List,
  ReferenceInput,
  SearchInput,
  SelectInput,
  SimpleList,
  TextField,
  TopToolbar,
  usePermissions,
} from 'react-admin';
import { InviteButton } from './InviteDialog';
import { ImportRosterButton } from './ImportRosterDialog';
import { CohortChips, LastActive, ReadinessSummary, StatusText } from './MemberFields';
import { ROLE_CHOICES, roleLabel, STATUS_CHOICES } from './roles';
import { LEVEL_LABELS, STATUS_LABELS, type MemberRecord } from './types';

const filters = [
  <SearchInput key="q" source="q" placeholder="Search name or e-mail" alwaysOn />,
  <SelectInput key="role" source="role" label="Role" choices={ROLE_CHOICES} alwaysOn />,
  <SelectInput key="status" source="status" label="Status" choices={STATUS_CHOICES} alwaysOn />,
  <ReferenceInput key="cohort" source="cohortId" reference="cohorts" sort={{ field: 'name', order: 'ASC' }} alwaysOn>
    <SelectInput label="Cohort" optionText="name" />
  </ReferenceInput>,
];

/** Invitations are an admin's; a coach may import a roster into a cohort they coach. */
function Actions() {
  const { permissions } = usePermissions();
  return (
    <TopToolbar>
      {permissions === 'ADMIN' && <InviteButton />}
      <ImportRosterButton />
    </TopToolbar>
  );
}

const readinessLine = (member: MemberRecord) =>
  member.readiness.map((r) => `${r.score} ${LEVEL_LABELS[r.level].toLowerCase()}`).join(', ');

export function MemberList() {
  const small = useMediaQuery<Theme>((theme) => theme.breakpoints.down('md'));
  return (
    <List title="People" filters={filters} actions={<Actions />} sort={{ field: 'name', order: 'ASC' }} perPage={25}>
      {small ? (
        <SimpleList<MemberRecord>
          primaryText={(m) => m.name}
          secondaryText={(m) =>
            `${roleLabel(m.role)} · ${STATUS_LABELS[m.status]}${m.cohorts.length ? ` · ${m.cohorts.map((c) => c.name).join(', ')}` : ''}`
          }
          tertiaryText={readinessLine}
          linkType="show"
        />
      ) : (
        <Datagrid rowClick="show" bulkActionButtons={false}>
          <TextField source="name" />
          <TextField source="email" label="E-mail" />
          <FunctionField<MemberRecord> label="Role" render={(m) => roleLabel(m.role)} />
          <FunctionField<MemberRecord> label="Status" render={(m) => <StatusText member={m} />} />
          <FunctionField<MemberRecord> label="Cohorts" render={(m) => <CohortChips member={m} />} />
          <FunctionField<MemberRecord>
            label="Readiness"
            sortBy="readiness"
            sortByOrder="ASC"
            render={(m) => <ReadinessSummary member={m} />}
          />
          <FunctionField<MemberRecord>
            label="Last active"
            sortBy="lastActiveAt"
            sortByOrder="DESC"
            render={(m) => <LastActive member={m} />}
          />
          <DateField source="createdAt" label="Added" />
        </Datagrid>
      )}
    </List>
  );
}
