"""The plain PyTorch script a user would write for the reference ID two-tower.

Same set-up as `towerlab bench train`: 20k queries, a Zipf-like catalogue, batch 1024, 64 dims,
in-batch softmax (FPS) on cosine scores with temperature 0.05, Adam at lr 0.005, one intra-op
thread. Prints steps/s for dense embeddings + Adam (what most scripts do) and for sparse
embeddings + SparseAdam (the usual fix). Run: python3 app/bench/pytorch_reference.py
"""
import math
import sys
import time

import torch
import torch.nn.functional as F

torch.set_num_threads(int(sys.argv[1]) if len(sys.argv) > 1 else 1)
torch.manual_seed(1)

QUERIES, BATCH, DIM, STEPS, TAU = 20_000, 1024, 64, 200, 0.05


def zipf_batch(documents, generator):
    u = torch.rand(BATCH, generator=generator, dtype=torch.float64)
    docs = (torch.exp(u * math.log(documents + 1.0)) - 1).long().clamp_(max=documents - 1)
    queries = torch.randint(QUERIES, (BATCH,), generator=generator)
    return queries, docs


def run(documents, sparse):
    q = torch.nn.Embedding(QUERIES, DIM, sparse=sparse)
    d = torch.nn.Embedding(documents, DIM, sparse=sparse)
    params = list(q.parameters()) + list(d.parameters())
    opt = torch.optim.SparseAdam(params, lr=0.005) if sparse else torch.optim.Adam(params, lr=0.005)
    generator = torch.Generator().manual_seed(11)
    batches = [zipf_batch(documents, generator) for _ in range(STEPS)]
    start = time.perf_counter()
    for queries, docs in batches:
        u = F.normalize(q(queries), dim=1)
        v = F.normalize(d(docs), dim=1)
        scores = u @ v.T / TAU
        loss = F.cross_entropy(scores, torch.arange(BATCH))
        opt.zero_grad()
        loss.backward()
        opt.step()
    seconds = time.perf_counter() - start
    return STEPS / seconds


print(f"torch {torch.__version__}, {torch.get_num_threads()} thread(s), batch {BATCH}, {DIM} dims, {STEPS} steps")
print(f"{'documents':>10} {'dense Adam steps/s':>20} {'SparseAdam steps/s':>20}")
for n in (10_000, 100_000, 1_000_000):
    print(f"{n:>10} {run(n, False):>20.1f} {run(n, True):>20.1f}", flush=True)
