import { CohortList } from './CohortList';
import { CohortShow } from './CohortShow';
import { CohortCreate, CohortEdit } from './CohortForm';

export default { list: CohortList, show: CohortShow, create: CohortCreate, edit: CohortEdit };
