// The spinner of withProgress (terminal.ts), on a thread of its own: it draws `label` and the seconds
// elapsed on the terminal behind `fd` until told to stop, then erases its line. Plain JavaScript, so
// that the worker needs no TypeScript loader.
import { writeSync } from 'node:fs'
import { parentPort, workerData } from 'node:worker_threads'

const { fd, label } = workerData
const frames = ['⠋', '⠙', '⠹', '⠸', '⠼', '⠴', '⠦', '⠧', '⠇', '⠏']
const started = Date.now()
let frame = 0

const draw = () => {
  const seconds = ((Date.now() - started) / 1000).toFixed(1)
  writeSync(
    fd,
    `\r\x1b[2K${frames[frame++ % frames.length]} ${label} ${seconds} s`,
  )
}

// The first frame at once, before the stop message can be read: every run shows that it started.
draw()
const timer = setInterval(draw, 100)
parentPort.once('message', () => {
  clearInterval(timer)
  writeSync(fd, '\r\x1b[2K')
  parentPort.close()
})
