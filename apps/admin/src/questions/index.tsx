import QuizIcon from '@mui/icons-material/Quiz';
import {
  AutocompleteInput,
  Create,
  Datagrid,
  Edit,
  List,
  NumberField,
  ReferenceField,
  ReferenceInput,
  SearchInput,
  SelectField,
  SelectInput,
  TextField,
  type RedirectionSideEffect,
} from 'react-admin';
import { Empty } from '../content/Empty';
import { DIFFICULTIES, QUESTION_TYPES } from './choices';
import { PromotedField } from './PromotedField';
import { QuestionForm } from './QuestionForm';

const filters = [
  <SearchInput key="q" source="q" alwaysOn placeholder="Search questions" />,
  <ReferenceInput key="set" source="questionSetId" reference="question-sets" alwaysOn>
    <AutocompleteInput label="Question set" optionText="name" />
  </ReferenceInput>,
  <SelectInput key="type" source="type" choices={QUESTION_TYPES} />,
  <SelectInput key="difficulty" source="difficulty" choices={DIFFICULTIES} />,
];

/** The columns of a question in any list of them. */
export const QuestionColumns = ({ withSet = false }: { withSet?: boolean }) => (
  <Datagrid rowClick="edit" bulkActionButtons={false} empty={<Empty what="questions" />}>
    <TextField source="prompt" label="Question" />
    {withSet && <ReferenceField source="questionSetId" reference="question-sets" label="Set" sortable={false} link={false} />}
    <SelectField source="type" choices={QUESTION_TYPES} />
    <SelectField source="difficulty" choices={DIFFICULTIES} />
    <NumberField source="timeLimitSeconds" label="Seconds" sortable={false} />
    <PromotedField label="Origin" />
  </Datagrid>
);

const QuestionList = () => (
  <List filters={filters} sort={{ field: 'createdAt', order: 'DESC' }} empty={<Empty what="questions" />}>
    <QuestionColumns withSet />
  </List>
);

/** Back to the question's set after saving: that is where it was opened from. */
const toItsSet: RedirectionSideEffect = (_resource, _id, data) =>
  data?.questionSetId ? `question-sets/${data.questionSetId}` : 'questions';

export default {
  list: QuestionList,
  edit: () => (
    <Edit
      mutationMode="pessimistic"
      redirect={toItsSet}
      transform={({ questionSetId: _set, ...question }: Record<string, unknown>) => question}
    >
      <QuestionForm />
    </Edit>
  ),
  create: () => (
    <Create redirect={toItsSet}>
      <QuestionForm creating />
    </Create>
  ),
  icon: QuizIcon,
  options: { label: 'Questions' },
};
