import ViewListIcon from '@mui/icons-material/ViewList';
import {
  Create,
  Datagrid,
  DateField,
  Edit,
  FunctionField,
  List,
  NumberField,
  NumberInput,
  RadioButtonGroupInput,
  ReferenceField,
  ReferenceInput,
  SearchInput,
  SelectField,
  SelectInput,
  Show,
  SimpleForm,
  SimpleShowLayout,
  TextField,
  TextInput,
  maxValue,
  minValue,
  required,
  usePermissions,
} from 'react-admin';
import { Empty } from '../content/Empty';
import { QUESTION_TYPES } from '../questions/choices';
import { DrawPreview } from './DrawPreview';
import { TemplateItemsInput } from './TemplateItemsInput';
import { useMemberId } from './useMemberId';
import type { ItemForm } from './queries';

const MODES = [
  { id: 'PRACTICE', name: 'Practice: retries allowed, feedback after each answer' },
  { id: 'REALISTIC', name: 'Realistic: a timer, no pause, each question unseen until asked, one take' },
];
const MODE_NAMES = [
  { id: 'PRACTICE', name: 'Practice' },
  { id: 'REALISTIC', name: 'Realistic' },
];

interface Template {
  id: string;
  mode: string;
  createdById: string | null;
  thinkingSeconds: number | null;
  waitingRoomSeconds: number | null;
  items: ItemForm[];
}

/** Admins change any template, coaches the ones they created (as the API allows). */
function useCanEdit() {
  const { permissions } = usePermissions();
  const memberId = useMemberId();
  return (template?: Template) => permissions === 'ADMIN' || (!!memberId && template?.createdById === memberId);
}

const describeItem = (item: ItemForm) => {
  const limit = item.timeLimitSeconds ? ` (${item.timeLimitSeconds} s)` : '';
  if (item.questionId) return `${item.question?.prompt ?? 'A question'}${limit}`;
  const filters = [
    item.drawType && QUESTION_TYPES.find((t) => t.id === item.drawType)?.name,
    item.drawDifficulty,
    item.drawCompetency,
  ]
    .filter(Boolean)
    .join(', ');
  return `${item.drawCount} random question${item.drawCount === 1 ? '' : 's'}${filters ? ` (${filters})` : ''}${limit}`;
};

const filters = [
  <SearchInput key="q" source="q" alwaysOn placeholder="Search templates" />,
  <SelectInput key="mode" source="mode" choices={MODE_NAMES} alwaysOn />,
];

const TemplateList = () => {
  const canEdit = useCanEdit();
  return (
    <List filters={filters} empty={<Empty what="templates" />}>
      <Datagrid rowClick={(_id, _resource, record) => (canEdit(record as Template) ? 'edit' : 'show')} bulkActionButtons={false}>
        <TextField source="name" />
        <SelectField source="mode" choices={MODE_NAMES} sortable={false} />
        <FunctionField<Template> label="Questions" render={(t) => t.items.map(describeItem).join(' · ')} />
        <ReferenceField source="rubricId" reference="rubrics" label="Rubric" sortable={false} link={false} />
        <DateField source="createdAt" label="Created" />
      </Datagrid>
    </List>
  );
};

const wholeSeconds = (value: unknown) => (value == null || Number.isInteger(value) ? undefined : 'Whole seconds only');
const thinkingTime = [wholeSeconds, minValue(5, 'At least 5 seconds'), maxValue(300, 'At most 5 minutes (300 seconds)')];
/** The form holds the API's seconds; the waiting room is typed in minutes. */
const waitingRoom = [minValue(0, 'Cannot be negative'), maxValue(600, 'At most 10 minutes')];
const toMinutes = (seconds: number | null | undefined) => (seconds == null ? '' : String(Math.round(seconds / 6) / 10));
const toSeconds = (minutes: string | number) => (minutes === '' || minutes == null ? null : Math.round(Number(minutes) * 60));
const waitingRoomText = (t: Template) =>
  t.waitingRoomSeconds
    ? `${toMinutes(t.waitingRoomSeconds)} min${t.mode === 'PRACTICE' ? ' (skipped in practice)' : ''}`
    : 'None';

const TemplateForm = () => (
  <SimpleForm defaultValues={{ mode: 'PRACTICE', followUpCount: 0, items: [{}] }}>
    <TextInput source="name" validate={required()} />
    <TextInput source="description" multiline />
    <RadioButtonGroupInput source="mode" choices={MODES} validate={required()} row={false} />
    <ReferenceInput source="rubricId" reference="rubrics">
      <SelectInput label="Rubric" optionText="name" emptyText="The organization's default rubric" />
    </ReferenceInput>
    <NumberInput source="followUpCount" label="AI follow-ups after each answer" validate={[minValue(0), maxValue(3)]} />
    <NumberInput
      source="thinkingSeconds"
      label="Thinking time (seconds)"
      step={1}
      validate={thinkingTime}
      helperText="Seconds a candidate may think before answering; empty for no limit. A later start is accepted and marked."
    />
    <NumberInput
      source="waitingRoomSeconds"
      label="Waiting room (minutes)"
      step={0.5}
      format={toMinutes}
      parse={toSeconds}
      validate={waitingRoom}
      helperText="Minutes in a waiting room before the first question, as before a real interview; realistic sittings only, empty for none."
    />
    <TemplateItemsInput />
  </SimpleForm>
);

const TemplateShow = () => (
  <Show>
    <SimpleShowLayout>
      <TextField source="name" />
      <TextField source="description" emptyText="—" />
      <SelectField source="mode" choices={MODE_NAMES} />
      <ReferenceField source="rubricId" reference="rubrics" label="Rubric" link={false} />
      <NumberField source="followUpCount" label="AI follow-ups after each answer" />
      <FunctionField<Template>
        label="Thinking time"
        render={(t) => (t.thinkingSeconds ? `${t.thinkingSeconds} s` : 'No limit')}
      />
      <FunctionField<Template> label="Waiting room" render={waitingRoomText} />
      <FunctionField<Template>
        label="Questions, in order"
        render={(t) => (
          <ol>
            {t.items.map((item, i) => (
              <li key={i}>{describeItem(item)}</li>
            ))}
          </ol>
        )}
      />
    </SimpleShowLayout>
    <DrawPreview />
  </Show>
);

const TemplateEdit = () => (
  <Edit mutationMode="pessimistic" redirect={false}>
    <TemplateForm />
    <DrawPreview />
  </Edit>
);

export default {
  list: TemplateList,
  edit: TemplateEdit,
  show: TemplateShow,
  create: () => (
    <Create redirect="edit">
      <TemplateForm />
    </Create>
  ),
  icon: ViewListIcon,
  options: { label: 'Templates' },
};
