// Names shared by action.yml, the code and the tests, in one place.

export const Input = {
  executables: 'executables',
  context: 'context',
  file: 'file',
  builderTarget: 'builder-target',
  target: 'target',
  platforms: 'platforms',
  buildArgs: 'build-args',
  builder: 'builder',
  checkInterpreter: 'check-interpreter',
  failOnMissing: 'fail-on-missing',
  summary: 'summary',
  analysis: 'analysis',
  strict: 'strict',
  reportFormat: 'report-format',
  cache: 'cache',
  extraLibraries: 'extra-libraries',
  ignore: 'ignore',
  buildContexts: 'build-contexts',
  secrets: 'secrets',
  cacheFrom: 'cache-from',
  cacheTo: 'cache-to',
  labels: 'labels',
  noCache: 'no-cache',
  pull: 'pull',
  push: 'push',
  load: 'load',
  tags: 'tags'
} as const

export const Output = {
  result: 'result',
  missingCount: 'missing-count',
  missing: 'missing',
  report: 'report',
  junitReport: 'junit-report',
  copyInstructions: 'copy-instructions',
  digest: 'digest',
  imageid: 'imageid'
} as const

export const State = {
  isPost: 'isPost',
  runId: 'runId'
} as const

/** Label on every image and container we create, so cleanup can find them by run. */
export const RUN_LABEL = 'io.github.distroless-verify.run'

/** Repository of the temporary builder images. */
export const TEMP_REPOSITORY = 'distroless-verify-tmp'

export const DEFAULT_PLATFORMS = ['linux/amd64', 'linux/arm64']
