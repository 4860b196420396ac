export { cite, DATA_QUALITY, SOURCE_IDS, SOURCES, type Source, type SourceId } from './sources';
