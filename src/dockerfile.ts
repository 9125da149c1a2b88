// Reads a Dockerfile's stages and the lines that matter to us (pure).
import { DockerfileParser } from 'dockerfile-ast'

export interface Stage {
  /** Stage name as written (`AS name`), or null for an unnamed stage. */
  name: string | null
  index: number
  /** 1-based line of the stage's FROM. */
  fromLine: number
  /** COPY --from=<stage> lines of this stage: the stage named, 1-based line. */
  copiesFrom: { from: string; line: number }[]
}

export function readStages(dockerfileText: string): Stage[] {
  const dockerfile = DockerfileParser.parse(dockerfileText)
  const stages: Stage[] = []
  let current: Stage | undefined
  for (const instruction of dockerfile.getInstructions()) {
    const keyword = instruction.getKeyword().toUpperCase()
    const line = instruction.getRange().start.line + 1
    if (keyword === 'FROM') {
      const from = dockerfile.getFROMs().find(f => f.getRange().start.line + 1 === line)
      current = {
        name: from?.getBuildStage() ?? null,
        index: stages.length,
        fromLine: line,
        copiesFrom: []
      }
      stages.push(current)
    } else if (keyword === 'COPY' && current) {
      const flag = (
        instruction as { getFromFlag?: () => { getValue(): string | null } | null }
      ).getFromFlag?.()
      const value = flag?.getValue()
      if (value) current.copiesFrom.push({ from: value, line })
    }
  }
  return stages
}

/** Stage names match case-insensitively, as in Docker; a number names a stage by index. */
export function findStage(stages: Stage[], reference: string): Stage | undefined {
  if (/^\d+$/.test(reference)) return stages[Number(reference)]
  const wanted = reference.toLowerCase()
  return stages.find(stage => stage.name?.toLowerCase() === wanted)
}

export function describeStages(stages: Stage[]): string {
  if (stages.length === 0) return 'it has no FROM line'
  return stages
    .map(stage =>
      stage.name
        ? `${stage.name} (line ${stage.fromLine})`
        : `#${stage.index} (unnamed, line ${stage.fromLine})`
    )
    .join(', ')
}
