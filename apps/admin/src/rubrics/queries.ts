import type { ResourceQueries } from '../resources/queries';

const CRITERIA = 'criteria { key name description weight levels }';
const FIELDS = `id name description isDefault createdAt currentVersion { id version used ${CRITERIA} }
  versions { id version createdAt used ${CRITERIA} }`;

export interface Criterion {
  key?: string;
  name: string;
  description?: string;
  weight: number;
  levels: string[];
}

const criterionInput = ({ key, name, description, weight, levels }: Criterion): Criterion => ({
  ...(key ? { key } : {}),
  name,
  description: description ?? '',
  weight: Number(weight),
  levels,
});

export const rubricQueries: ResourceQueries = {
  // Rubrics are few: the API lists them all at once.
  list: `query { list: rubrics { ${FIELDS} } }`,
  one: `query ($id: ID!) { one: rubric(id: $id) { ${FIELDS} } }`,
  create: `mutation ($input: CreateRubricInput!) { one: createRubric(input: $input) { ${FIELDS} } }`,
  update: `mutation ($id: ID!, $input: UpdateRubricInput!) { one: updateRubric(id: $id, input: $input) { ${FIELDS} } }`,
  delete: `mutation ($id: ID!) { deleted: deleteRubric(id: $id) }`,
  // Criteria are sent only when the form has them (the edit form leaves them out when unchanged).
  input: ({ name, description, isDefault, criteria }) => ({
    name,
    description,
    isDefault,
    ...(criteria ? { criteria: (criteria as Criterion[]).map(criterionInput) } : {}),
  }),
};

/** Whether the form's criteria differ from a version's (a change makes a new version). */
export const sameCriteria = (a: Criterion[] | undefined, b: Criterion[]): boolean =>
  JSON.stringify((a ?? []).map(criterionInput)) === JSON.stringify(b.map(criterionInput));
