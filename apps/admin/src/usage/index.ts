import DataUsageIcon from '@mui/icons-material/DataUsage';
import { UsagePage } from './UsagePage';

/** Not a resource of the API: the menu entry "Usage" (admins only, see authProvider.canAccess) and its page. */
export default { list: UsagePage, icon: DataUsageIcon, options: { label: 'Usage' } };
