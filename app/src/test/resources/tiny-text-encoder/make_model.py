"""Writes the tiny pretrained text encoder used by the loader's tests: model.pt and vocab.txt.

Rerun with any PyTorch >= 1.13:  python3 make_model.py
The weights come from a fixed seed, so the output is the same on every run of one PyTorch version.

The model is a one-layer BERT-like encoder (token + position embeddings, one self-attention block
with a feed-forward, layer norms). It takes input_ids and attention_mask (both int64, batch x length)
and returns the last hidden state (batch x length x 16), as a traced Hugging Face encoder does.
"""
import io
import json
import math
import os
import re
import zipfile

import torch
from torch import nn

HERE = os.path.dirname(os.path.abspath(__file__))
HIDDEN = 16
MAX_LENGTH = 16

WORDS = ["red", "blue", "green", "shoe", "shoes", "boot", "lamp", "desk", "chair", "table",
         "phone", "case", "cable", "light", "wood", "metal", "small", "large", "run", "running"]
PIECES = ["##s", "##ing", "##er", "##ed", "##y", "a", "b", "c", "d", "e", "l", "o", "r", "s", "t",
          "##a", "##e", "##l", "##o", "##r", "##t", "##p", "##k", "##n"]
VOCAB = ["[PAD]", "[UNK]", "[CLS]", "[SEP]"] + WORDS + PIECES


class TinyEncoder(nn.Module):
    def __init__(self, vocab_size):
        super().__init__()
        self.tokens = nn.Embedding(vocab_size, HIDDEN)
        self.positions = nn.Embedding(MAX_LENGTH, HIDDEN)
        self.norm0 = nn.LayerNorm(HIDDEN)
        self.qkv = nn.Linear(HIDDEN, 3 * HIDDEN)
        self.out = nn.Linear(HIDDEN, HIDDEN)
        self.norm1 = nn.LayerNorm(HIDDEN)
        self.ff1 = nn.Linear(HIDDEN, 2 * HIDDEN)
        self.ff2 = nn.Linear(2 * HIDDEN, HIDDEN)
        self.norm2 = nn.LayerNorm(HIDDEN)

    def forward(self, input_ids, attention_mask):
        length = input_ids.shape[1]
        positions = torch.arange(length, device=input_ids.device).unsqueeze(0)
        x = self.norm0(self.tokens(input_ids) + self.positions(positions))
        q, k, v = self.qkv(x).chunk(3, dim=-1)
        scores = q.matmul(k.transpose(1, 2)) / math.sqrt(HIDDEN)
        scores = scores.masked_fill(attention_mask.unsqueeze(1) == 0, -1e9)
        x = self.norm1(x + self.out(scores.softmax(dim=-1).matmul(v)))
        return self.norm2(x + self.ff2(torch.relu(self.ff1(x))))


def save_without_debug_info(module, path):
    """Saves a TorchScript module without its *.debug_pkl entries, which record this script's location."""
    buffer = io.BytesIO()
    torch.jit.save(module, buffer)
    buffer.seek(0)
    with zipfile.ZipFile(buffer) as source, zipfile.ZipFile(path, "w", zipfile.ZIP_STORED) as target:
        for item in source.infolist():
            if not item.filename.endswith(".debug_pkl"):
                target.writestr(item, source.read(item.filename))


def wordpiece(text):
    """BERT's basic tokenisation (lower-case, words of letters and digits) and greedy longest-match pieces."""
    ids = [VOCAB.index("[CLS]")]
    for word in re.findall(r"[0-9a-z]+", text.lower()):
        start, pieces = 0, []
        while start < len(word):
            end = len(word)
            while end > start and (("##" if start else "") + word[start:end]) not in VOCAB:
                end -= 1
            if end == start:
                pieces = [VOCAB.index("[UNK]")]
                break
            pieces.append(VOCAB.index(("##" if start else "") + word[start:end]))
            start = end
        ids += pieces
    return ids + [VOCAB.index("[SEP]")]


def main():
    torch.manual_seed(7)
    model = TinyEncoder(len(VOCAB)).eval()
    example = torch.tensor([[2, 4, 8, 3, 0, 0]], dtype=torch.int64)
    traced = torch.jit.trace(model, (example, (example != 0).long()))
    save_without_debug_info(traced, os.path.join(HERE, "model.pt"))
    with open(os.path.join(HERE, "vocab.txt"), "w", encoding="utf-8") as f:
        f.write("\n".join(VOCAB) + "\n")

    texts = ["Red shoe", "blue running shoes!", "xylophone lamps"]
    rows = [wordpiece(t) for t in texts]
    width = max(len(r) for r in rows)
    ids = torch.tensor([r + [0] * (width - len(r)) for r in rows], dtype=torch.int64)
    mask = (ids != 0).long()
    with torch.no_grad():
        hidden = traced(ids, mask)
        pooled = (hidden * mask.unsqueeze(-1)).sum(1) / mask.sum(1, keepdim=True)
    expected = {"texts": texts, "ids": rows,
                "meanPooled": [[round(x, 6) for x in row] for row in pooled.tolist()]}
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, indent=1)
        f.write("\n")


if __name__ == "__main__":
    main()
