import {
  ArrayInput,
  AutocompleteInput,
  FormDataConsumer,
  NumberInput,
  RadioButtonGroupInput,
  ReferenceInput,
  SelectInput,
  SimpleFormIterator,
  TextInput,
  maxValue,
  minValue,
  required,
} from 'react-admin';
import { DIFFICULTIES, QUESTION_TYPES } from '../questions/choices';
import { kindOf, type ItemForm } from './queries';

const KINDS = [
  { id: 'FIXED', name: 'A fixed question' },
  { id: 'DRAW', name: 'Random questions (drawn when a sitting starts)' },
];

const searchPrompt = (q: string) => ({ q });

/** The template's questions in order: fixed ones, and rules drawing random ones by set, company, type, difficulty, competency. */
export const TemplateItemsInput = () => (
  <ArrayInput source="items" label="Questions, in order" validate={required('A template needs at least one question')}>
    <SimpleFormIterator fullWidth>
      <FormDataConsumer>
        {({ scopedFormData: item }: { scopedFormData?: ItemForm }) => (
          <>
            <RadioButtonGroupInput
              source="kind"
              label="Item"
              choices={KINDS}
              format={(value) => value ?? kindOf(item)}
              row={false}
            />
            {kindOf(item) === 'FIXED' ? (
              <ReferenceInput source="questionId" reference="questions">
                <AutocompleteInput
                  label="Question"
                  optionText="prompt"
                  filterToQuery={searchPrompt}
                  validate={required()}
                  fullWidth
                />
              </ReferenceInput>
            ) : (
              <>
                <NumberInput source="drawCount" label="How many" validate={[required(), minValue(1), maxValue(20)]} />
                <ReferenceInput source="drawQuestionSetId" reference="question-sets">
                  <AutocompleteInput label="From the set" optionText="name" helperText="Any set when empty" />
                </ReferenceInput>
                <ReferenceInput source="drawCompanyId" reference="companies">
                  <AutocompleteInput label="Of the company" optionText="name" helperText="Any company when empty" />
                </ReferenceInput>
                <SelectInput source="drawType" label="Type" choices={QUESTION_TYPES} emptyText="Any type" />
                <SelectInput source="drawDifficulty" label="Difficulty" choices={DIFFICULTIES} emptyText="Any difficulty" />
                <TextInput source="drawCompetency" label="Competency" helperText="Any competency when empty" />
              </>
            )}
            <NumberInput
              source="timeLimitSeconds"
              label="Answer time limit (seconds)"
              validate={[minValue(10), maxValue(7200)]}
              helperText="The question's own limit when empty"
            />
          </>
        )}
      </FormDataConsumer>
    </SimpleFormIterator>
  </ArrayInput>
);
