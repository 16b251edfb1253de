import type { ResourceQueries } from '../resources/queries';

const FIELDS = `id name description mode followUpCount thinkingSeconds waitingRoomSeconds rubricId createdById createdAt
  items { id position questionId drawQuestionSetId drawCompanyId drawType drawDifficulty drawCompetency drawCount timeLimitSeconds
    question { id prompt } }`;

/** A template item as the form holds it: the API's item, and which kind the editor chose. */
export interface ItemForm {
  kind?: 'FIXED' | 'DRAW';
  questionId?: string | null;
  drawQuestionSetId?: string | null;
  drawCompanyId?: string | null;
  drawType?: string | null;
  drawDifficulty?: string | null;
  drawCompetency?: string | null;
  drawCount?: number | null;
  timeLimitSeconds?: number | null;
  question?: { prompt: string } | null;
}

/** Items saved before have no `kind`: a question id makes them fixed. */
export const kindOf = (item: ItemForm | undefined): 'FIXED' | 'DRAW' =>
  item?.kind ?? (item?.questionId || !item?.drawCount ? 'FIXED' : 'DRAW');

const itemInput = (item: ItemForm) => ({
  ...(kindOf(item) === 'FIXED'
    ? { questionId: item.questionId }
    : {
        draw: {
          count: Number(item.drawCount),
          questionSetId: item.drawQuestionSetId || undefined,
          companyId: item.drawCompanyId || undefined,
          type: item.drawType || undefined,
          difficulty: item.drawDifficulty || undefined,
          competency: item.drawCompetency || undefined,
        },
      }),
  timeLimitSeconds: item.timeLimitSeconds ? Number(item.timeLimitSeconds) : undefined,
});

export const templateQueries: ResourceQueries = {
  list: `query ($options: TemplateListOptions) { list: templates(options: $options) { totalCount nodes { ${FIELDS} } } }`,
  one: `query ($id: ID!) { one: template(id: $id) { ${FIELDS} } }`,
  create: `mutation ($input: CreateTemplateInput!) { one: createTemplate(input: $input) { ${FIELDS} } }`,
  update: `mutation ($id: ID!, $input: UpdateTemplateInput!) { one: updateTemplate(id: $id, input: $input) { ${FIELDS} } }`,
  delete: `mutation ($id: ID!) { deleted: deleteTemplate(id: $id) }`,
  sortFields: { name: 'NAME', createdAt: 'CREATED_AT' },
  defaultSort: 'NAME',
  input: ({ name, description, mode, rubricId, followUpCount, thinkingSeconds, waitingRoomSeconds, items }) => ({
    name,
    description,
    mode,
    rubricId: rubricId || undefined,
    followUpCount: followUpCount === undefined || followUpCount === null ? undefined : Number(followUpCount),
    // Empty clears the setting (null), so an update can remove a limit.
    thinkingSeconds: thinkingSeconds == null ? null : Number(thinkingSeconds),
    waitingRoomSeconds: waitingRoomSeconds == null ? null : Number(waitingRoomSeconds),
    items: ((items ?? []) as ItemForm[]).map(itemInput),
  }),
};
