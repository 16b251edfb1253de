import { createSvgIcon } from '@mui/material';
import { ReviewQueue } from './ReviewQueue';
import { ReviewShow } from './ReviewShow';

/** Material's "rate review" icon. */
const ReviewIcon = createSvgIcon(
  <path d="M20 2H4c-1.1 0-1.99.9-1.99 2L2 22l4-4h14c1.1 0 2-.9 2-2V4c0-1.1-.9-2-2-2M6 14v-2.47l6.88-6.88c.2-.2.51-.2.71 0l1.77 1.77c.2.2.2.51 0 .71L8.47 14zm12 0h-7.5l2-2H18z" />,
  'RateReview',
);

export default { list: ReviewQueue, show: ReviewShow, icon: ReviewIcon, options: { label: 'Review queue' } };
