export { DATA_QUALITY } from '../../sources';
