/** Transcripts (Start-Transcript): per-session files recording command lines and shown text, secrets left out. */
export {
  Transcripts,
  TranscriptError,
  transcriptsKey,
  HIDDEN_COMMAND,
  type TranscriptRequest,
  type TranscriptRedaction,
} from './transcripts.js';
