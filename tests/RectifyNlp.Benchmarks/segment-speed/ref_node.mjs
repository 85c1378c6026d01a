// @node-rs/jieba (jieba-rs), precise mode with HMM: segments each line of argv[2] into argv[3] and reports
// load and cut times on stderr in the same form as `rectify segment --timing`.
import { readFileSync, writeFileSync } from 'node:fs'
const t0 = performance.now()
const { Jieba } = await import('@node-rs/jieba')
const { dict } = await import('@node-rs/jieba/dict.js')
const jieba = Jieba.withDict(dict)
const t1 = performance.now()
const lines = readFileSync(process.argv[2], 'utf8').split('\n')
if (lines.length && lines[lines.length - 1] === '') lines.pop()
const t2 = performance.now()
const out = lines.map((line) => jieba.cut(line, true).filter((w) => w.trim() !== '').join(' '))
const t3 = performance.now()
writeFileSync(process.argv[3], out.join('\n') + '\n')
const mb = lines.reduce((n, l) => n + Buffer.byteLength(l), 0) / 1e6
console.error(`engine=jieba-rs load=${(t1 - t0).toFixed(0)} ms cut=${(t3 - t2).toFixed(0)} ms input=${mb.toFixed(2)} MB speed=${(mb / ((t3 - t2) / 1000)).toFixed(1)} MB/s`)
