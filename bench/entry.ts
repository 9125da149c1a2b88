// What the benchmark takes from the engine, bundled by ncc into one ESM file (npm run bench).
export { runVerification } from '../src/engine.js'
export { indexTarStream } from '../src/image-index.js'
export { readInputs } from '../src/inputs.js'
