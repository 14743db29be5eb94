/** Plain-language reasons for file-system errors, for messages that say which file and why. */

/** Why a file or folder could not be used, from a Node file-system error. */
export function describeFsError(error: unknown): string {
  const code = typeof error === 'object' && error !== null && 'code' in error ? String((error as { code: unknown }).code) : '';
  switch (code) {
    case 'ENOENT':
      return 'No such file or folder.';
    case 'EACCES':
    case 'EPERM':
      return 'Permission denied.';
    case 'ELOOP':
      return 'Symbolic link loop (too many levels of symbolic links).';
    case 'EISDIR':
      return 'Is a folder, not a file.';
    case 'ENOTDIR':
      return 'A part of the path is not a folder.';
    case 'ENAMETOOLONG':
      return 'File name too long.';
    case 'EMFILE':
    case 'ENFILE':
      return 'Too many open files.';
    case 'EIO':
      return 'Input/output error while reading.';
    default:
      return error instanceof Error ? error.message : String(error);
  }
}
