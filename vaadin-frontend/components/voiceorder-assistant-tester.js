// <voiceorder-assistant-tester>: talks to a line's assistant from the browser. The microphone is
// downsampled to 8 kHz, encoded G.711 μ-law and sent over a WebSocket as a Twilio Media Stream
// (connected, start with the stream token, media, stop); the agent's media is decoded and played
// gap-free, `clear` drops what is queued (barge-in) and marks are echoed once their audio has played.
// The state is the `state` attribute and a `tester-state` event {state, reason}:
// idle → connecting → live → ended | error. Counters for tests: sentFrames, receivedFrames,
// receivedBytes, clears.

const SAMPLE_RATE = 8000;
const FRAME_BYTES = 160; // 20 ms of 8 kHz μ-law
const PLAYBACK_LEAD_SECONDS = 0.05;

const CAPTURE_WORKLET = `
class VoiceorderCapture extends AudioWorkletProcessor {
  process(inputs) {
    const channel = inputs[0] && inputs[0][0];
    if (channel) {
      this.port.postMessage(channel.slice(0));
    }
    return true;
  }
}
registerProcessor('voiceorder-capture', VoiceorderCapture);
`;

const MULAW_BIAS = 0x84;
const MULAW_CLIP = 32635;

function mulawEncode(sample) {
  let pcm = Math.max(-32768, Math.min(32767, Math.round(sample * 32767)));
  const sign = pcm < 0 ? 0x80 : 0;
  if (sign) {
    pcm = -pcm;
  }
  pcm = Math.min(pcm, MULAW_CLIP) + MULAW_BIAS;
  let exponent = 7;
  for (let mask = 0x4000; (pcm & mask) === 0 && exponent > 0; mask >>= 1) {
    exponent--;
  }
  const mantissa = (pcm >> (exponent + 3)) & 0x0f;
  return ~(sign | (exponent << 4) | mantissa) & 0xff;
}

const MULAW_DECODED = new Float32Array(256);
for (let i = 0; i < 256; i++) {
  const u = ~i & 0xff;
  const magnitude = ((((u & 0x0f) << 3) + MULAW_BIAS) << ((u & 0x70) >> 4)) - MULAW_BIAS;
  MULAW_DECODED[i] = ((u & 0x80) ? -magnitude : magnitude) / 32768;
}

function randomHex(length) {
  const bytes = crypto.getRandomValues(new Uint8Array(length / 2));
  return Array.from(bytes, b => b.toString(16).padStart(2, '0')).join('');
}

function toBase64(bytes) {
  let text = '';
  for (let i = 0; i < bytes.length; i++) {
    text += String.fromCharCode(bytes[i]);
  }
  return btoa(text);
}

function fromBase64(text) {
  const raw = atob(text);
  const bytes = new Uint8Array(raw.length);
  for (let i = 0; i < raw.length; i++) {
    bytes[i] = raw.charCodeAt(i);
  }
  return bytes;
}

/** Averages the input over each 1/8000 s: a box filter that keeps speech clear at telephone quality. */
class Downsampler {
  constructor(inputRate) {
    this.step = inputRate / SAMPLE_RATE;
    this.position = 0;
    this.sum = 0;
    this.count = 0;
  }

  push(input, emit) {
    for (let i = 0; i < input.length; i++) {
      this.sum += input[i];
      this.count++;
      this.position += 1;
      if (this.position >= this.step) {
        this.position -= this.step;
        emit(this.sum / this.count);
        this.sum = 0;
        this.count = 0;
      }
    }
  }
}

class VoiceorderAssistantTester extends HTMLElement {
  constructor() {
    super();
    this.resetCounters();
    this.running = false;
  }

  connectedCallback() {
    if (!this.meter) {
      this.style.display = this.style.display || 'inline-block';
      const track = document.createElement('div');
      track.style.cssText = 'width:8rem;height:0.5rem;border-radius:0.25rem;'
        + 'background:var(--lumo-contrast-10pct,#eee);overflow:hidden';
      this.meter = document.createElement('div');
      this.meter.style.cssText = 'height:100%;width:0;background:var(--lumo-success-color,#2a2)';
      track.appendChild(this.meter);
      this.appendChild(track);
    }
    if (!this.hasAttribute('state')) {
      this.setAttribute('state', 'idle');
    }
  }

  disconnectedCallback() {
    this.stop();
  }

  resetCounters() {
    this.sentFrames = 0;
    this.receivedFrames = 0;
    this.receivedBytes = 0;
    this.clears = 0;
  }

  /** Opens the microphone and the stream at `path` (relative to the page), proving it with `token`. */
  async start(path, token, callSid) {
    if (this.running) {
      return;
    }
    this.running = true;
    this.resetCounters();
    this.callSid = callSid;
    this.streamSid = 'MZ' + randomHex(32);
    this.sequence = 0;
    this.chunk = 0;
    this.pending = [];
    this.sources = new Set();
    this.marks = [];
    this.nextPlayTime = 0;
    this.report('connecting');
    try {
      if (!navigator.mediaDevices || !navigator.mediaDevices.getUserMedia) {
        throw new Error('microphone');
      }
      this.microphone = await navigator.mediaDevices.getUserMedia({
        audio: { echoCancellation: true, noiseSuppression: true, autoGainControl: true, channelCount: 1 }
      });
    } catch (e) {
      this.fail('microphone');
      return;
    }
    if (!this.running) {
      this.releaseMicrophone();
      return;
    }
    try {
      await this.openAudio();
    } catch (e) {
      this.fail('audio');
      return;
    }
    if (!this.running) {
      this.cleanUp();
      return;
    }
    this.openSocket(path, token);
  }

  /** Hangs up: tells the server the stream stopped, then releases everything. Safe to call twice. */
  stop() {
    if (!this.running) {
      return;
    }
    if (this.socket && this.socket.readyState === WebSocket.OPEN) {
      this.send({ event: 'stop', streamSid: this.streamSid, stop: { accountSid: '', callSid: this.callSid } });
    }
    this.finish('ended', 'stopped');
  }

  async openAudio() {
    this.context = new AudioContext();
    await this.context.resume();
    const source = this.context.createMediaStreamSource(this.microphone);
    const silent = this.context.createGain();
    silent.gain.value = 0;
    silent.connect(this.context.destination);
    this.downsampler = new Downsampler(this.context.sampleRate);
    const onBlock = block => this.capture(block);
    if (this.context.audioWorklet) {
      const url = URL.createObjectURL(new Blob([CAPTURE_WORKLET], { type: 'application/javascript' }));
      try {
        await this.context.audioWorklet.addModule(url);
      } finally {
        URL.revokeObjectURL(url);
      }
      this.captureNode = new AudioWorkletNode(this.context, 'voiceorder-capture');
      this.captureNode.port.onmessage = event => onBlock(event.data);
    } else {
      this.captureNode = this.context.createScriptProcessor(1024, 1, 1);
      this.captureNode.onaudioprocess = event => onBlock(event.inputBuffer.getChannelData(0));
    }
    source.connect(this.captureNode);
    this.captureNode.connect(silent);
  }

  openSocket(path, token) {
    const url = new URL(path, document.baseURI);
    url.protocol = url.protocol === 'https:' ? 'wss:' : 'ws:';
    this.socket = new WebSocket(url.href);
    this.socket.onopen = () => {
      this.send({ event: 'connected', protocol: 'Call', version: '1.0.0' });
      this.send({
        event: 'start', sequenceNumber: this.nextSequence(), streamSid: this.streamSid,
        start: {
          streamSid: this.streamSid, accountSid: '', callSid: this.callSid, tracks: ['inbound'],
          customParameters: { token },
          mediaFormat: { encoding: 'audio/x-mulaw', sampleRate: SAMPLE_RATE, channels: 1 }
        }
      });
      this.live = true;
      this.report('live');
    };
    this.socket.onmessage = event => this.receive(event.data);
    this.socket.onerror = () => {
      if (!this.live) {
        this.fail('connection');
      }
    };
    this.socket.onclose = event => this.finish('ended', event.reason || 'closed');
  }

  capture(block) {
    let level = 0;
    for (let i = 0; i < block.length; i++) {
      level = Math.max(level, Math.abs(block[i]));
    }
    if (this.meter) {
      this.meter.style.width = Math.min(100, Math.round(level * 100)) + '%';
    }
    if (!this.live) {
      return;
    }
    this.downsampler.push(block, sample => {
      this.pending.push(mulawEncode(sample));
      if (this.pending.length === FRAME_BYTES) {
        this.sendFrame(Uint8Array.from(this.pending));
        this.pending = [];
      }
    });
  }

  sendFrame(frame) {
    this.chunk++;
    this.send({
      event: 'media', sequenceNumber: this.nextSequence(), streamSid: this.streamSid,
      media: { track: 'inbound', chunk: String(this.chunk), timestamp: String((this.chunk - 1) * 20),
        payload: toBase64(frame) }
    });
    this.sentFrames++;
  }

  receive(data) {
    let message;
    try {
      message = JSON.parse(data);
    } catch (e) {
      return;
    }
    if (message.event === 'media' && message.media && message.media.payload) {
      this.play(fromBase64(message.media.payload));
    } else if (message.event === 'clear') {
      this.clears++;
      this.dropQueuedAudio();
    } else if (message.event === 'mark' && message.mark) {
      this.echoMarkWhenPlayed(message.mark.name);
    }
  }

  play(mulaw) {
    this.receivedFrames++;
    this.receivedBytes += mulaw.length;
    if (!this.context || mulaw.length === 0) {
      return;
    }
    const buffer = this.context.createBuffer(1, mulaw.length, SAMPLE_RATE);
    const samples = buffer.getChannelData(0);
    for (let i = 0; i < mulaw.length; i++) {
      samples[i] = MULAW_DECODED[mulaw[i]];
    }
    const source = this.context.createBufferSource();
    source.buffer = buffer;
    source.connect(this.context.destination);
    const at = Math.max(this.context.currentTime + PLAYBACK_LEAD_SECONDS, this.nextPlayTime);
    source.start(at);
    this.nextPlayTime = at + buffer.duration;
    this.sources.add(source);
    source.onended = () => this.sources.delete(source);
  }

  dropQueuedAudio() {
    this.sources.forEach(source => {
      try {
        source.stop();
      } catch (e) {
        // already stopped
      }
    });
    this.sources.clear();
    this.nextPlayTime = 0;
    this.marks.splice(0).forEach(mark => {
      clearTimeout(mark.timer);
      this.sendMark(mark.name);
    });
  }

  echoMarkWhenPlayed(name) {
    const remaining = this.context ? Math.max(0, this.nextPlayTime - this.context.currentTime) : 0;
    const mark = { name };
    mark.timer = setTimeout(() => {
      this.marks = this.marks.filter(m => m !== mark);
      this.sendMark(name);
    }, remaining * 1000);
    this.marks.push(mark);
  }

  sendMark(name) {
    this.send({ event: 'mark', sequenceNumber: this.nextSequence(), streamSid: this.streamSid, mark: { name } });
  }

  nextSequence() {
    this.sequence++;
    return String(this.sequence);
  }

  send(message) {
    if (this.socket && this.socket.readyState === WebSocket.OPEN) {
      this.socket.send(JSON.stringify(message));
    }
  }

  fail(reason) {
    this.finish('error', reason);
  }

  finish(state, reason) {
    if (!this.running) {
      return;
    }
    this.cleanUp();
    this.report(state, reason);
  }

  cleanUp() {
    this.running = false;
    this.live = false;
    (this.marks || []).forEach(mark => clearTimeout(mark.timer));
    this.marks = [];
    if (this.socket) {
      const socket = this.socket;
      this.socket = null;
      socket.onclose = null;
      socket.onerror = null;
      socket.onmessage = null;
      if (socket.readyState === WebSocket.OPEN || socket.readyState === WebSocket.CONNECTING) {
        socket.close(1000, 'hung up');
      }
    }
    this.releaseMicrophone();
    if (this.captureNode) {
      this.captureNode.disconnect();
      this.captureNode = null;
    }
    if (this.context) {
      this.context.close().catch(() => {});
      this.context = null;
    }
    this.sources = new Set();
    if (this.meter) {
      this.meter.style.width = '0';
    }
  }

  releaseMicrophone() {
    if (this.microphone) {
      this.microphone.getTracks().forEach(track => track.stop());
      this.microphone = null;
    }
  }

  report(state, reason) {
    this.setAttribute('state', state);
    this.dispatchEvent(new CustomEvent('tester-state', {
      detail: { state, reason: reason || '' }, bubbles: true, composed: true
    }));
  }
}

customElements.define('voiceorder-assistant-tester', VoiceorderAssistantTester);
