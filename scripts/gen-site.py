#!/usr/bin/env python3
"""Composes a synthetic site of explainer articles for benchmarks.

Usage: scripts/gen-site.py N OUT_DIR [--seed S]
Writes OUT_DIR/corpus/<id>.md (N articles of about 800-1,200 words, in the
shape of an Indonesian explainer: a definition, kinds with bold terms, an
acronym, benefits, causes, steps and examples) and OUT_DIR/questions.jsonl
(readers' questions about random articles, in the shared scorer's format,
for `tanya bench --questions`). The words are drawn from varied
vocabularies, so articles share some words and not others, as on a real
site. The text is not meant to be read, only to load the bot as a real
site would.
"""
import json
import os
import random
import sys

FIELDS = ["pertanian", "perikanan", "kesehatan", "pendidikan", "keuangan", "energi", "transportasi",
          "pariwisata", "perdagangan", "teknologi", "lingkungan", "budaya", "hukum", "olahraga",
          "industri", "kehutanan", "perumahan", "komunikasi", "pertahanan", "sosial"]
NOUNS = ["sistem", "program", "lembaga", "koperasi", "jaringan", "layanan", "usaha", "gerakan",
         "kebijakan", "teknik", "metode", "platform", "komunitas", "sertifikasi", "asuransi",
         "tabungan", "pelatihan", "pengelolaan", "pengawasan", "penyuluhan", "pemetaan",
         "budidaya", "pemasaran", "pembiayaan", "perlindungan", "pemantauan", "rehabilitasi"]
QUALIFIERS = ["terpadu", "berkelanjutan", "digital", "mandiri", "terbuka", "nasional", "daerah",
              "desa", "modern", "tradisional", "berbasis masyarakat", "swadaya", "terpusat",
              "keliling", "hijau", "inklusif", "syariah", "mikro", "bersama", "kreatif"]
VERBS = ["meningkatkan", "mengurangi", "memperluas", "mempercepat", "memperkuat", "menjaga",
         "mendorong", "memudahkan", "menghemat", "melindungi", "menyediakan", "mengembangkan"]
OBJECTS = ["pendapatan warga", "biaya operasional", "akses layanan", "kualitas produk",
           "kesadaran masyarakat", "lapangan kerja", "hasil panen", "keamanan data",
           "daya saing", "kesehatan anak", "cadangan air", "nilai tambah", "jangkauan pasar",
           "mutu pendidikan", "ketahanan pangan", "efisiensi energi", "partisipasi pemuda"]
PLACES = ["Jawa Barat", "Sulawesi Selatan", "Kalimantan Timur", "Papua", "Bali", "Aceh",
          "Nusa Tenggara Timur", "Sumatra Utara", "Maluku", "Yogyakarta", "Banten", "Riau"]
AGENCIES = ["kementerian", "dinas", "badan", "pemerintah daerah", "perguruan tinggi",
            "lembaga swadaya masyarakat", "bank daerah", "badan usaha milik desa"]
CAUSES = ["kurangnya modal", "rendahnya literasi", "cuaca yang tidak menentu",
          "lemahnya pengawasan", "harga bahan baku yang naik", "terbatasnya tenaga ahli",
          "infrastruktur yang belum merata", "minimnya data", "perubahan kebiasaan konsumen"]


def sentence(rng):
    return (f"{rng.choice(['Selain itu', 'Di sisi lain', 'Dalam praktiknya', 'Menurut para ahli', 'Secara umum'])}, "
            f"{rng.choice(NOUNS)} {rng.choice(QUALIFIERS)} dapat {rng.choice(VERBS)} "
            f"{rng.choice(OBJECTS)} di {rng.choice(PLACES)}.")


def paragraph(rng, n):
    return " ".join(sentence(rng) for _ in range(n))


def acronym(words):
    return "".join(w[0].upper() for w in words.split() if w)


def article(i, rng, subjects):
    # Each article has a subject of its own, as on a real site.
    noun, qual, field = subjects[i]
    name = f"{noun} {field} {qual}"
    title_name = name.title()
    short = acronym(name)
    kinds = rng.sample([f"{noun} {q}" for q in QUALIFIERS if q != qual], 4)
    benefits = rng.sample([f"{v} {o}" for v in VERBS for o in OBJECTS], 5)
    causes = rng.sample(CAUSES, 3)
    steps = [f"{rng.choice(['Mendaftar', 'Menyiapkan', 'Mengajukan', 'Mengikuti', 'Melaporkan'])} "
             f"{rng.choice(['dokumen', 'rencana kerja', 'permohonan', 'pelatihan', 'hasil kegiatan'])} "
             f"ke {rng.choice(AGENCIES)}" for _ in range(4)]
    body = [
        "---",
        f'title: "{title_name}: Pengertian, Jenis, Manfaat, dan Cara Menerapkannya"',
        f"category: {field.title()}",
        f"subject: {title_name}",
        "---", "",
        f"# {title_name}", "",
        f"{title_name} ({short}) adalah {rng.choice(NOUNS)} di bidang {field} yang "
        f"{rng.choice(VERBS)} {rng.choice(OBJECTS)} melalui {rng.choice(NOUNS)} {rng.choice(QUALIFIERS)}. "
        + paragraph(rng, 8), "",
        f"## Pengertian {title_name}", "",
        f"Secara sederhana, {name} merupakan upaya {rng.choice(AGENCIES)} untuk "
        f"{rng.choice(VERBS)} {rng.choice(OBJECTS)}. " + paragraph(rng, 12), "",
        f"## Jenis {title_name}", "",
        f"{title_name} terbagi menjadi empat jenis, yaitu:", "",
    ]
    for k in kinds:
        body.append(f"- **{k.capitalize()}**, yaitu {name} yang {rng.choice(VERBS)} {rng.choice(OBJECTS)}.")
    body += ["", f"## Manfaat {title_name}", "", f"Berikut manfaat {name}:", ""]
    body += [f"- {b.capitalize()}." for b in benefits]
    body += ["", f"## Penyebab Kegagalan {title_name}", "", paragraph(rng, 5), ""]
    body += [f"- {c.capitalize()}." for c in causes]
    body += ["", f"## Cara Menerapkan {title_name}", ""]
    body += [f"{n + 1}. {s}." for n, s in enumerate(steps)]
    body += ["", f"## Contoh {title_name}", "",
             f"Contohnya, {rng.choice(AGENCIES)} di {rng.choice(PLACES)} menjalankan {name} sejak "
             f"{rng.randint(1995, 2023)} dan melayani {rng.randint(2, 90)} ribu warga. " + paragraph(rng, 14), "",
             "## Kesimpulan", "", paragraph(rng, 14), ""]
    questions = [f"Apa itu {name}?", f"Apa saja jenis {name}?", f"Apa manfaat {name}?",
                 f"{short} singkatan dari apa?", f"Bagaimana cara menerapkan {name}?",
                 f"Apa penyebab kegagalan {name}?", f"Contoh {name} apa?"]
    return "\n".join(body), questions


def main():
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    n, out = int(sys.argv[1]), sys.argv[2]
    seed = int(sys.argv[sys.argv.index("--seed") + 1]) if "--seed" in sys.argv else 1
    rng = random.Random(seed)
    os.makedirs(os.path.join(out, "corpus"), exist_ok=True)
    # Each article's subject, and the acronym it gives it, is its own.
    subjects, acronyms = [], set()
    for a, q, f in rng.sample([(a, q, f) for a in NOUNS for q in QUALIFIERS for f in FIELDS],
                              len(NOUNS) * len(QUALIFIERS) * len(FIELDS)):
        short = acronym(f"{a} {f} {q}")
        if short in acronyms:
            continue
        acronyms.add(short)
        subjects.append((a, q, f))
        if len(subjects) == n:
            break
    if len(subjects) < n:
        sys.exit(f"at most {len(subjects)} articles with subjects of their own")
    asked = []
    for i in range(n):
        text, questions = article(i, rng, subjects)
        with open(os.path.join(out, "corpus", f"artikel-{i:04d}.md"), "w") as f:
            f.write(text)
        asked += questions
    with open(os.path.join(out, "questions.jsonl"), "w") as f:
        for k, q in enumerate(rng.sample(asked, min(200, len(asked)))):
            f.write(json.dumps({"id": f"g{k}", "cat": "bench", "turns": [q], "must_any": [[""]]},
                               ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
