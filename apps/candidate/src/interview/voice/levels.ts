/** Loudness of a microphone stream, for a level meter: root mean square of the samples, 0 to 1. */
export function rms(samples: Float32Array): number {
  let sum = 0;
  for (const sample of samples) sum += sample * sample;
  return Math.sqrt(sum / (samples.length || 1));
}

/** How often the meter reads the level. */
export const METER_MS = 100;

/** Reads a stream's level every METER_MS until the returned stop is called. */
export function watchLevel(stream: MediaStream, onLevel: (level: number) => void): () => void {
  const context = new AudioContext();
  const analyser = context.createAnalyser();
  analyser.fftSize = 2048;
  context.createMediaStreamSource(stream).connect(analyser);
  const samples = new Float32Array(analyser.fftSize);
  const timer = setInterval(() => {
    analyser.getFloatTimeDomainData(samples);
    onLevel(rms(samples));
  }, METER_MS);
  return () => {
    clearInterval(timer);
    void context.close();
  };
}

/** The microphone, or a sentence saying why not and what to do. */
export async function openMicrophone(): Promise<MediaStream> {
  if (!navigator.mediaDevices?.getUserMedia) throw new MicrophoneError('This browser cannot record audio here.');
  try {
    return await navigator.mediaDevices.getUserMedia({ audio: true });
  } catch (error) {
    const name = (error as DOMException).name;
    if (name === 'NotAllowedError' || name === 'SecurityError')
      throw new MicrophoneError(
        'The microphone is blocked for this site. Allow it in the browser’s site settings, or type your answer.',
      );
    if (name === 'NotFoundError' || name === 'OverconstrainedError')
      throw new MicrophoneError('No microphone was found. Plug one in, or type your answer.');
    throw new MicrophoneError('The microphone could not be opened (another app may be using it). Close it, or type your answer.');
  }
}

export class MicrophoneError extends Error {}

export function stopStream(stream: MediaStream): void {
  for (const track of stream.getTracks()) track.stop();
}
