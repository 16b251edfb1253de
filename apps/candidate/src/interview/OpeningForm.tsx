import { FormFooter } from '../FormFooter';
import { useFormSubmit } from '../useFormSubmit';
import type { Opening } from './operations';

/** "Before the session" from the checklist every mock interview should start with. */
const CHECKLIST = [
  'Researched the company and role',
  'Reviewed the relevant technical concepts',
  'Prepared my STAR stories',
  'Tested my equipment',
  'Set up a distraction-free place',
];

/** A self-rating from 1 to 5, posted as `confidence`. */
export function ConfidenceSelect({ label }: { label: string }) {
  return (
    <label>
      {label} (1 = not at all, 5 = very)
      <select name="confidence" defaultValue="3">
        {[1, 2, 3, 4, 5].map((level) => (
          <option key={level}>{level}</option>
        ))}
      </select>
    </label>
  );
}

interface Props {
  title: string;
  realistic: boolean;
  onStart: (opening: Opening) => Promise<void>;
}

export function OpeningForm({ title, realistic, onStart }: Props) {
  const { submit, error, pending } = useFormSubmit((form) =>
    onStart({
      checklist: form.getAll('checklist').map(String),
      confidenceBefore: Number(form.get('confidence')),
    }),
  );
  return (
    <main>
      <h1>{title}</h1>
      <p>
        {realistic
          ? 'Realistic mode: each question is revealed when you reach it, there is no pause and one take per question. The clock starts when a question is shown.'
          : 'Practice mode: take your time, retry any question and read the feedback after each answer.'}
      </p>
      <form onSubmit={submit}>
        <fieldset>
          <legend>Before you start</legend>
          {CHECKLIST.map((item) => (
            <label key={item}>
              <input type="checkbox" name="checklist" value={item} /> {item}
            </label>
          ))}
        </fieldset>
        <ConfidenceSelect label="How confident do you feel?" />
        <FormFooter error={error} pending={pending} label="Start" pendingLabel="Starting…" />
      </form>
    </main>
  );
}
