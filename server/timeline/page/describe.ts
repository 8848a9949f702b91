// The words for an event or a message: the hover box and the details line say what happened,
// with the value, the tasks, the channel and the source places.
import type { TraceEvent } from '../../../runtime/src/core/trace.js';
import { taskName } from '../../../runtime/src/trace/spans.js';
import { channelOf, placeOf, type TimelineModel } from '../model.js';

export function laneTitle(model: TimelineModel, lane: number): string {
  const { name, task } = model.lanes[lane]!;
  return `${name} #${task}`;
}

function taskTitle(model: TimelineModel, index: number): string {
  const lane = model.laneOf[index]!;
  return lane < 0 ? 'the runtime' : laneTitle(model, lane);
}

function channelTitle(model: TimelineModel, chan: number): string {
  return model.channels.get(chan)?.title ?? `chan ${chan}`;
}

function what(model: TimelineModel, event: TraceEvent): string {
  switch (event.kind) {
    case 'task-start':
      return `starts ${taskName(event)}`;
    case 'task-end':
      return 'ends';
    case 'task-panic':
      return `panics: ${event.value}`;
    case 'chan-make':
      return `makes ${channelTitle(model, event.chan)}`;
    case 'send':
      return `sends ${event.value} on ${channelTitle(model, event.chan)}`;
    case 'recv':
      return event.ok
        ? `receives ${event.value} from ${channelTitle(model, event.chan)}`
        : `receives nothing: ${channelTitle(model, event.chan)} is closed`;
    case 'lagged':
      return `fell behind on ${channelTitle(model, event.chan)}: ${event.skipped} values skipped`;
    case 'close':
      return `closes ${channelTitle(model, event.chan)}`;
    case 'drop-sender':
      return `drops a sender of ${channelTitle(model, event.chan)}`;
    case 'drop-receiver':
      return `drops the receiver of ${channelTitle(model, event.chan)}`;
    case 'block': {
      const on =
        event.chan !== undefined ? ` on ${channelTitle(model, event.chan)}` : event.on ? ` on ${event.on}` : '';
      return `blocks: ${event.reason}${on}`;
    }
    case 'wake':
      return event.by === null ? 'is woken (timer or I/O)' : `is woken by task #${event.by}`;
    case 'select':
      return `select: case ${event.chosen === -1 ? 'default' : event.chosen} of ${event.cases} (ready: ${event.ready.join(', ') || 'none'})`;
    case 'sync':
      return `${event.op}${event.delta === undefined ? '' : ` ${event.delta}`} on ${event.on}`;
    case 'timer':
      return 'a timer fires';
    case 'stall':
      return `no task can run again: ${model.language === 'go' ? 'deadlock' : 'the program hangs'} (tasks ${event.tasks.map((t) => `#${t}`).join(', ')})`;
    case 'program-end':
      return `the program ends, exit code ${event.code}`;
    case 'dropped':
      return `${event.count} more events were dropped (over the cap)`;
  }
}

/** "step 12 · 3.25 ms": where an event is on both clocks. */
function when(event: TraceEvent): string {
  return `step ${event.step} · ${event.ms} ms`;
}

export function describeEvent(model: TimelineModel, index: number): string {
  const event = model.events[index]!;
  const happened = what(model, event);
  const title =
    model.laneOf[index]! < 0
      ? `${happened[0]!.toUpperCase()}${happened.slice(1)}`
      : `${taskTitle(model, index)} ${happened}`;
  const lines = [title, when(event)];
  const place = placeOf(model, index);
  if (place !== undefined) lines.push(`source: ${place}${placeNote(model, index, place)}`);
  if (event.kind === 'recv' && event.ok) {
    const send = model.messages.find((m) => m.recv === index)?.send;
    if (send !== undefined) lines.push(`sent by ${taskTitle(model, send)} at step ${model.events[send]!.step}`);
  }
  return lines.join('\n');
}

/** Says whose place it is when the event has none of its own. */
function placeNote(model: TimelineModel, index: number, place: string): string {
  const event = model.events[index]!;
  if ('at' in event && event.at === place) return '';
  const chan = channelOf(event);
  if (chan !== undefined && model.channels.get(chan)?.at === place) return ' (where the channel is made)';
  return ' (where the task is started)';
}

export function describeMessage(model: TimelineModel, message: number): string {
  const { send, recv } = model.messages[message]!;
  const sent = model.events[send] as Extract<TraceEvent, { kind: 'send' }>;
  const lines = [
    `${sent.value} on ${channelTitle(model, sent.chan)}`,
    `sent by ${taskTitle(model, send)} (${when(sent)})`,
    `received by ${taskTitle(model, recv)} (${when(model.events[recv]!)})`,
  ];
  const sendPlace = placeOf(model, send);
  const recvPlace = placeOf(model, recv);
  if (sendPlace !== undefined) lines.push(`send: ${sendPlace}`);
  if (recvPlace !== undefined && recvPlace !== sendPlace) lines.push(`receive: ${recvPlace}`);
  return lines.join('\n');
}
