// Pure: pulls what failed out of a BuildKit plain-progress log, so the user sees it first.

const ERROR_LINE = /^(?:#\d+ )?(?:ERROR|error)(?::| \[)/

/**
 * The failing step's block (`> [stage 2/3] RUN ...:` and the lines BuildKit shows under it)
 * and the final error line, or the log's last lines when neither is there.
 */
export function summarizeBuildFailure(log: string, tailLines = 15): string {
  const lines = log.replace(/\r\n/g, '\n').split('\n')
  const parts: string[] = []
  // BuildKit frames the failing step between two "------" lines.
  let lastBlock: string[] = []
  for (let i = 0; i < lines.length; i++) {
    if (lines[i] === '------' && lines[i + 1]?.startsWith(' > ')) {
      const end = lines.indexOf('------', i + 1)
      if (end > i) lastBlock = lines.slice(i + 1, end)
    }
  }
  if (lastBlock.length > 0) parts.push(lastBlock.join('\n'))
  const errors = lines.filter(line => ERROR_LINE.test(line.trim()))
  const lastError = errors[errors.length - 1]
  if (lastError) parts.push(lastError.trim())
  if (parts.length === 0) {
    return lines
      .filter(line => line.trim() !== '')
      .slice(-tailLines)
      .join('\n')
  }
  return parts.join('\n')
}

const HINTS: { pattern: RegExp; hint: string }[] = [
  {
    pattern: /exec format error/i,
    hint:
      'The builder cannot run programs of this platform ("exec format error"): QEMU emulation ' +
      'is missing. Add "uses: docker/setup-qemu-action@v3" before this step, or drop the platform.'
  },
  {
    pattern: /no space left on device/i,
    hint:
      'The disk is full ("no space left on device"). Free space (docker system prune, or remove ' +
      'tool caches on the runner) and run again.'
  },
  {
    pattern: /Cannot connect to the Docker daemon|error during connect/i,
    hint: 'The Docker daemon is not reachable. Start Docker (or check DOCKER_HOST) before this step.'
  },
  {
    pattern: /executable file not found in \$PATH|"ldd": executable file not found/i,
    hint:
      'ldd is not in the builder stage. Verify against a stage that has the C library tools ' +
      '(glibc: libc-bin/glibc-common; musl: the musl loader), via "builder-target".'
  }
]

/** One sentence that names a known fault of the environment, or '' when none is recognised. */
export function explainDockerFailure(stderr: string): string {
  return HINTS.find(({ pattern }) => pattern.test(stderr))?.hint ?? ''
}
