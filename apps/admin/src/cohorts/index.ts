import { CohortList } from './CohortList';

export default { list: CohortList };
