#!/bin/sh
# Regenerates the bundled voicemail greeting(s) under src/main/resources/audio/.
#
# Needs Debian's espeak-ng and sox:   apt-get install -y espeak-ng sox
# Run from anywhere:                  sh src/main/audio/make-greetings.sh
#
# Output: 8 kHz mono G.711 A-law WAV (format tag 6), the format telephony plays unchanged
# (µ-law calls are transcoded on the fly). The clip is generic on purpose: it is generated
# once at build time, so it cannot say the restaurant's name.
set -eu

here=$(cd "$(dirname "$0")" && pwd)
out="$here/../resources/audio"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

text="Bonjour, vous êtes bien au restaurant. Nous ne pouvons pas répondre pour le moment. \
Laissez votre message et votre numéro après le bip, nous vous rappellerons."

# Speech at a calm rate, then a short pause and a 1 kHz beep.
espeak-ng -v fr-fr -s 150 -w "$work/speech.wav" "$text"
sox "$work/speech.wav" -r 8000 -c 1 "$work/speech-8k.wav" norm -3
sox -n -r 8000 -c 1 "$work/pause.wav" trim 0.0 0.4
sox -n -r 8000 -c 1 "$work/beep.wav" synth 0.5 sine 1000 vol 0.5 fade 0.01 0.5 0.01
sox "$work/speech-8k.wav" "$work/pause.wav" "$work/beep.wav" \
    -r 8000 -c 1 -e a-law -b 8 "$out/voicemail-greeting-fr.wav"

soxi "$out/voicemail-greeting-fr.wav"
