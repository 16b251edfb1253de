import { useCallback } from 'react';
import { useCreate, useNotify, useRecordContext, useRedirect, useResourceContext, useUpdate, type RaRecord } from 'react-admin';
import { ApiError } from '../graphql';

/** Which form field an API error belongs to: by its reason, else the field its message starts with. */
export type FieldOfReason = Record<string, string>;

/**
 * The API's error as react-admin form errors: on the field it concerns (named by its reason, or the
 * input fields a validation error names), or undefined when it concerns the whole form.
 */
export function fieldErrors(error: unknown, fields: string[], byReason: FieldOfReason): Record<string, string> | undefined {
  if (!(error instanceof ApiError)) return undefined;
  const field = error.reason ? byReason[error.reason] : undefined;
  if (field) return { [field]: error.message };
  const errors = Object.fromEntries(
    error.fields.filter((problem) => fields.includes(problem.field)).map((problem) => [problem.field, problem.message]),
  );
  return Object.keys(errors).length ? errors : undefined;
}

/**
 * A form's submit that saves through the data provider and shows the API's errors in place: on the
 * field they concern, or as a notification. Then it goes to the record's show page.
 */
export function useApiSubmit(fields: string[], byReason: FieldOfReason = {}) {
  const resource = useResourceContext()!;
  const record = useRecordContext();
  const notify = useNotify();
  const redirect = useRedirect();
  const [create] = useCreate();
  const [update] = useUpdate();

  return useCallback(
    async (data: Record<string, unknown>) => {
      const editing = record?.id != null;
      try {
        const saved: RaRecord = editing
          ? await update(resource, { id: record!.id, data, previousData: record }, { returnPromise: true })
          : await create(resource, { data }, { returnPromise: true });
        notify(editing ? 'ra.notification.updated' : 'ra.notification.created', {
          type: 'info',
          messageArgs: { smart_count: 1 },
        });
        redirect('show', resource, saved.id);
        return undefined;
      } catch (error) {
        const errors = fieldErrors(error, fields, byReason);
        notify(error instanceof Error ? error.message : String(error), { type: 'error' });
        return errors;
      }
    },
    [resource, record, notify, redirect, create, update, fields, byReason],
  );
}
