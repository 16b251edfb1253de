import { ArrayInput, NumberInput, SimpleFormIterator, TextInput, maxValue, minValue, required } from 'react-admin';

const LEVELS = ['1 (weakest)', '2', '3', '4', '5 (strongest)'];

/** Criteria with a weight and what each of the five levels looks like. */
export const CriteriaEditor = () => (
  <ArrayInput source="criteria" label="Criteria" validate={required('A rubric needs at least one criterion')}>
    <SimpleFormIterator disableReordering fullWidth>
      <TextInput source="name" label="Criterion" validate={required()} />
      <NumberInput
        source="weight"
        validate={[required(), minValue(0.01, 'More than 0'), maxValue(100, 'At most 100')]}
        helperText="Relative to the other criteria"
      />
      <TextInput source="description" multiline />
      {LEVELS.map((level, i) => (
        <TextInput key={level} source={`levels.${i}`} label={`Level ${level}`} validate={required()} multiline />
      ))}
    </SimpleFormIterator>
  </ArrayInput>
);
