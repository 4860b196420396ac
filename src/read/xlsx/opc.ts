import { resolveTarget } from '../../zip/opc';
import type { XmlHandler } from './xml';

/**
 * Open Packaging Conventions: relationship parts and how their targets
 * name other parts. Parts are found by relationship, never by file name.
 */

export interface Relationship {
  id: string;
  /** The type URI's last segment, e.g. worksheet, sharedStrings, officeDocument. */
  type: string;
  /** The target part's name in the zip, resolved against the source part. */
  part: string;
  external: boolean;
}

/** Reads a .rels part; relationships of unknown or external types are kept but never followed here. */
export class RelsHandler implements XmlHandler {
  readonly rels: Relationship[] = [];
  private readonly ids = new Map<string, Relationship>();

  constructor(private readonly sourcePart: string) {}

  open(name: string, a: Record<string, string>): void {
    if (name !== 'Relationship' || !a.Id || !a.Target) return;
    const type = (a.Type ?? '').slice((a.Type ?? '').lastIndexOf('/') + 1);
    const external = a.TargetMode === 'External';
    const rel = { id: a.Id, type, part: external ? a.Target : resolveTarget(this.sourcePart, a.Target), external };
    this.rels.push(rel);
    if (!this.ids.has(rel.id)) this.ids.set(rel.id, rel);
  }

  text(): void {}

  close(): void {}

  byId(id: string): Relationship | undefined {
    return this.ids.get(id);
  }

  firstOfType(type: string): Relationship | undefined {
    return this.rels.find((r) => r.type === type && !r.external);
  }
}
