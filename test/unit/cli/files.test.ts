import { spawnSync } from 'node:child_process';
import { existsSync, linkSync, mkdtempSync, promises, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { Outputs, readRegularFile } from '../../../src/cli/files';
import { fsErrorMessage } from '../../../src/cli/fs-errors';
import { describeFailure, UsageError } from '../../../src/cli/io';
import { InputError } from '../../../src/read/input-error';

const dir = mkdtempSync(path.join(os.tmpdir(), 'beian-files-'));
const p = (name: string) => path.join(dir, name);
const temps = () => readdirSync(dir).filter((n) => n.startsWith('.beian-'));

async function failure(promise: Promise<unknown>): Promise<Error> {
  try {
    await promise;
  } catch (e) {
    return e as Error;
  }
  throw new Error('expected a failure');
}

describe('Outputs: refused before any work', () => {
  it('a path reserved twice in one run, also spelled differently', async () => {
    const out = new Outputs(true);
    await out.reserve(p('a.docx'));
    expect((await failure(out.reserve(p('a.docx')))).message).toContain('本次运行已要写入');
    expect((await failure(out.reserve(p('./A.DOCX')))).message).toContain('本次运行已要写入');
  });

  it('the input, by path, symlink and hard link, even with --force', async () => {
    writeFileSync(p('in.xlsx'), 'input');
    symlinkSync(p('in.xlsx'), p('in-link.xlsx'));
    linkSync(p('in.xlsx'), p('in-hard.xlsx'));
    const out = new Outputs(true);
    await out.input(p('in.xlsx'));
    for (const f of ['in.xlsx', 'in-link.xlsx', 'in-hard.xlsx']) expect((await failure(out.reserve(p(f)))).message).toContain('就是输入文件');
    expect(readFileSync(p('in.xlsx'), 'utf8')).toBe('input');
  });

  it('an existing file or a dangling symlink without --force', async () => {
    writeFileSync(p('there.docx'), 'x');
    symlinkSync(p('nowhere'), p('dangling.docx'));
    for (const f of ['there.docx', 'dangling.docx']) {
      const e = await failure(new Outputs(false).reserve(p(f)));
      expect(e).toBeInstanceOf(UsageError);
      expect(e.message).toContain('--force');
    }
  });
});

describe('Outputs: written whole or not at all', () => {
  it('replaces with --force by renaming a complete file into place', async () => {
    writeFileSync(p('r.docx'), 'old');
    await new Outputs(true).write(p('r.docx'), 'new');
    expect(readFileSync(p('r.docx'), 'utf8')).toBe('new');
    expect(temps()).toEqual([]);
  });

  it('without --force, never clobbers a file that appeared after the check', async () => {
    const out = new Outputs(false);
    await out.reserve(p('race.docx'));
    writeFileSync(p('race.docx'), 'someone else');
    expect((await failure(out.write(p('race.docx'), 'ours'))).message).toContain('已存在');
    expect(readFileSync(p('race.docx'), 'utf8')).toBe('someone else');
    expect(temps()).toEqual([]);
  });

  it('a full disk (ENOSPC injected half way) keeps the old file and leaves no temporary file', async () => {
    writeFileSync(p('full.xlsx'), 'the old copy');
    const realOpen = promises.open;
    const spy = jest.spyOn(promises, 'open').mockImplementation(async (...args: Parameters<typeof promises.open>) => {
      const fh = await realOpen(...args);
      if (!String(args[0]).includes('.beian-')) return fh;
      // The first half reaches the disk, then the disk is full.
      fh.writeFile = async (data: Parameters<typeof fh.writeFile>[0]) => {
        await fh.write(Buffer.from(data as Uint8Array).subarray(0, 10));
        throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC', syscall: 'write' });
      };
      return fh;
    });
    try {
      const e = await failure(new Outputs(true).write(p('full.xlsx'), Buffer.alloc(1000, 1)));
      expect(e.message).toBe(`磁盘空间不足，无法写入“${p('full.xlsx')}”（没有留下不完整的文件）`);
      expect(describeFailure(e)).toBe(e.message);
    } finally {
      spy.mockRestore();
    }
    expect(readFileSync(p('full.xlsx'), 'utf8')).toBe('the old copy');
    expect(temps()).toEqual([]);
  });

  it('creates a missing folder', async () => {
    await new Outputs(false).write(p('new/deeper/x.docx'), 'x');
    expect(existsSync(p('new/deeper/x.docx'))).toBe(true);
  });
});

describe('readRegularFile', () => {
  it('refuses a FIFO at once instead of waiting for a writer', async () => {
    if (spawnSync('mkfifo', [p('pipe.xlsx')]).status !== 0) throw new Error('mkfifo is missing');
    const e = await failure(readRegularFile(p('pipe.xlsx'), 1000, '工作簿'));
    expect(e).toBeInstanceOf(InputError);
    expect(e.message).toContain('命名管道');
  });

  it('refuses a file over the limit by its size, and reads one within it', async () => {
    writeFileSync(p('big.bin'), Buffer.alloc(2000));
    expect((await failure(readRegularFile(p('big.bin'), 1000, '工作簿'))).message).toContain('超过上限');
    expect((await readRegularFile(p('big.bin'), 2000, '工作簿')).length).toBe(2000);
  });
});

describe('file-system errors in Chinese', () => {
  it.each(['ENOENT', 'EACCES', 'EPERM', 'EROFS', 'ENOSPC', 'EDQUOT', 'EISDIR', 'ENOTDIR', 'ELOOP', 'EEXIST', 'ENAMETOOLONG', 'EMFILE', 'ENFILE', 'EBUSY', 'ENXIO', 'EIO', 'EINVAL', 'ETIMEDOUT', 'EAGAIN'])('%s names the path', (code) => {
    for (const action of ['read', 'write', 'list'] as const) {
      const m = fsErrorMessage(code, '/某处/文件.xlsx', action)!;
      expect(m).toMatch(/[\u4e00-\u9fff]/);
      expect(m).toContain('/某处/文件.xlsx');
      expect(m).not.toMatch(/[A-Za-z]{3,} [A-Za-z]{3,}/);
    }
  });

  it('an fs error that reaches the top is named, an unknown error is an internal error without its English', () => {
    const fsError = Object.assign(new Error('ELOOP: too many symbolic links encountered'), { code: 'ELOOP', syscall: 'open', path: 'x.xlsx' });
    expect(describeFailure(fsError)).toBe('“x.xlsx”的符号链接形成循环，无法打开');
    expect(describeFailure(new TypeError("Cannot read properties of undefined (reading 'x')"))).toMatch(/^内部错误/);
    expect(describeFailure(new TypeError("Cannot read properties of undefined (reading 'x')"))).not.toContain('Cannot');
  });
});
