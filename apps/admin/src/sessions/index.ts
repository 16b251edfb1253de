import { SessionList } from './SessionList';
import { SessionShow } from './SessionShow';

export default { list: SessionList, show: SessionShow, options: { label: 'Sessions' } };
