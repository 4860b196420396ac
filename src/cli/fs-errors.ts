/** What beian was doing with a path when the file system refused. */
export type FsAction = 'read' | 'write' | 'list';

const VERB: Record<FsAction, string> = { read: '读取', write: '写入', list: '列出' };

/**
 * The Chinese sentence for a file-system error code, naming the path as the
 * user gave it; undefined for a code that is not about the file system.
 */
export function fsErrorMessage(code: string | undefined, file: string, action: FsAction): string | undefined {
  const p = `“${file}”`;
  const verb = VERB[action];
  switch (code) {
    case 'ENOENT':
      return action === 'write' ? `无法写入${p}：所在目录不存在` : `找不到文件或目录：${p}`;
    case 'EACCES':
    case 'EPERM':
      return `没有权限${verb}${p}`;
    case 'EROFS':
      return `${p}所在的磁盘或目录是只读的，无法写入`;
    case 'ENOSPC':
    case 'EDQUOT':
      return `磁盘空间不足，无法写入${p}（没有留下不完整的文件）`;
    case 'EFBIG':
      return `文件过大，无法写入${p}`;
    case 'EISDIR':
      return `${p}是目录，这里需要文件`;
    case 'ENOTDIR':
      return `路径${p}中有一段不是目录`;
    case 'ELOOP':
      return `${p}的符号链接形成循环，无法打开`;
    case 'EEXIST':
      return `文件已存在：${p}（如需覆盖请加 --force）`;
    case 'ENAMETOOLONG':
      return `文件名或路径过长：${p}`;
    case 'EMFILE':
    case 'ENFILE':
      return `同时打开的文件过多，无法${verb}${p}，请关闭其他程序后重试`;
    case 'EBUSY':
    case 'ETXTBSY':
      return `${p}正被其他程序占用，无法${verb}`;
    case 'ENXIO':
    case 'ENODEV':
      return `${p}不是普通文件（设备、管道或套接字），已拒绝${verb}`;
    case 'EIO':
      return `${verb}${p}时磁盘出错，请检查磁盘或换一个位置`;
    case 'EINVAL':
      return `文件名${p}无效（含有系统不允许的字符）`;
    case 'EXDEV':
      return `无法跨磁盘移动文件：${p}`;
    case 'ETIMEDOUT':
    case 'EHOSTDOWN':
    case 'EHOSTUNREACH':
    case 'ESTALE':
      return `${p}所在的网络位置没有响应，无法${verb}`;
    case 'EAGAIN':
    case 'EWOULDBLOCK':
      return `${p}暂时无法${verb}（可能是管道或设备），已拒绝`;
    case 'EPIPE':
      return `${verb}${p}时对方已关闭`;
    default:
      return undefined;
  }
}

/** True for errors Node's fs raises (a code and the system call that failed). */
export function isFsError(e: unknown): e is NodeJS.ErrnoException {
  const err = e as NodeJS.ErrnoException | null;
  return Boolean(err && typeof err === 'object' && typeof err.code === 'string' && typeof err.syscall === 'string');
}

/** Which action a failed system call was part of, for an error caught far from its call. */
export function actionOf(syscall: string | undefined): FsAction {
  if (syscall && /^(write|rename|link|mkdir|unlink|fsync|ftruncate|copyfile|symlink|chmod|utime)/.test(syscall)) return 'write';
  return syscall === 'scandir' || syscall === 'opendir' ? 'list' : 'read';
}
