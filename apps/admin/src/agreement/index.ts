import RuleIcon from '@mui/icons-material/Rule';
import { AgreementPage } from './AgreementPage';

/** Not a resource of the API: the menu entry "AI agreement" and its page. */
export default { list: AgreementPage, icon: RuleIcon, options: { label: 'AI agreement' } };
