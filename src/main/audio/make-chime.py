#!/usr/bin/env python3
"""Regenerates src/main/webapp/sounds/new-order.wav: the service board's chime for a new order or
reservation (two soft notes, 0.5 s, 16 kHz mono PCM). Run: python3 src/main/audio/make-chime.py"""
import math
import os
import struct
import wave

RATE = 16000
out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "webapp", "sounds", "new-order.wav")
frames = bytearray()
for freq, seconds in ((1318.5, 0.18), (1760.0, 0.30)):  # E6 then A6
    n = int(RATE * seconds)
    for i in range(n):
        envelope = math.exp(-4.0 * i / n) * min(1.0, i / 80)
        frames += struct.pack("<h", int(12000 * envelope * math.sin(2 * math.pi * freq * i / RATE)))
with wave.open(out, "wb") as wav:
    wav.setnchannels(1)
    wav.setsampwidth(2)
    wav.setframerate(RATE)
    wav.writeframes(bytes(frames))
