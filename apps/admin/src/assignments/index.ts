import { AssignmentList } from './AssignmentList';
import { AssignmentShow } from './AssignmentShow';
import { AssignmentCreate, AssignmentEdit } from './AssignmentForm';

export default {
  list: AssignmentList,
  show: AssignmentShow,
  create: AssignmentCreate,
  edit: AssignmentEdit,
  options: { label: 'Assignments' },
};
