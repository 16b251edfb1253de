import HistoryEduIcon from '@mui/icons-material/HistoryEdu';
import { Chip } from '@mui/material';
import { useRecordContext } from 'react-admin';

/** Marks a question promoted from a candidate's real-interview log (nothing for the others). */
export function PromotedField(_: { label?: string; sortable?: boolean }) {
  const question = useRecordContext<{ sourceRealInterviewQuestionId?: string | null }>();
  return question?.sourceRealInterviewQuestionId ? (
    <Chip size="small" variant="outlined" icon={<HistoryEduIcon />} label="From a real interview" />
  ) : null;
}
