#!/usr/bin/env python3
"""Seeded generator of the scan corpus: realistic French and English notes (consultation
letters, meeting minutes, e-mails, code and configuration with secrets) written with
Faker's fr_FR and en_US providers, with the gold position of every identifier.

Two splits: `dev` (seeds 0…, the first half of every phrasing list: the one used while
tuning the scanner) and `test` (other seeds and the second half of every phrasing list:
never looked at while tuning). Usage: generate.py OUT_DIR SPLIT COUNT
Writes OUT_DIR/<n>.txt and OUT_DIR/gold.json ([{file, lang, kind, spans: [[start, end, category]]}]).
Offsets are in characters (Python str indices)."""
import json
import os
import random
import string
import sys

from faker import Faker

NIR_KEY = lambda body: 97 - int(body.replace("2A", "19").replace("2B", "18")) % 97

FR_MONTHS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
             "novembre", "décembre"]
EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
             "November", "December"]
DIAGNOSES_FR = ["une insuffisance cardiaque", "un diabète de type 2", "une BPCO", "un lymphome", "une épilepsie",
                "une sclérose en plaques", "une polyarthrite rhumatoïde", "un asthme sévère"]
DIAGNOSES_EN = ["heart failure", "type 2 diabetes", "COPD", "lymphoma", "epilepsy", "multiple sclerosis",
                "rheumatoid arthritis", "severe asthma"]
DRUGS = ["metformine", "bisoprolol", "méthotrexate", "lévothyroxine", "amlodipine", "insuline"]
DRUGS_EN = ["metformin", "bisoprolol", "methotrexate", "levothyroxine", "amlodipine", "insulin"]
INSTITUTIONS_FR = ["Institut Pasteur de Paris", "Hôpital Saint-Louis", "CHU de Bordeaux", "Centre Léon Bérard",
                   "Hôpital de la Pitié-Salpêtrière", "Institut Curie"]
INSTITUTIONS_EN = ["Massachusetts General Hospital", "Mayo Clinic", "Johns Hopkins Hospital", "St Thomas' Hospital"]


class Doc:
    """Text built piece by piece; `e` adds an identifier and records its span."""

    def __init__(self, lang, kind):
        self.lang, self.kind, self.parts, self.spans, self.length = lang, kind, [], [], 0

    def t(self, text):
        self.parts.append(text)
        self.length += len(text)
        return self

    def e(self, text, category):
        self.spans.append([self.length, self.length + len(text), category])
        return self.t(text)

    @property
    def text(self):
        return "".join(self.parts)


class Gen:
    def __init__(self, seed, split):
        self.r = random.Random(seed)
        self.fr = Faker("fr_FR")
        self.en = Faker("en_US")
        self.fr.seed_instance(seed)
        self.en.seed_instance(seed + 7919)
        self.split = split

    def pick(self, options):
        """Dev uses the first half of a phrasing list, test the second half."""
        half = max(1, len(options) // 2)
        pool = options[:half] if self.split == "dev" else options[half:] or options
        return self.r.choice(pool)

    # Identifiers -------------------------------------------------------------------
    def date(self, lang, birth=False, iso=False):
        y = self.r.randint(1930, 2005) if birth else self.r.randint(2018, 2026)
        m, d = self.r.randint(1, 12), self.r.randint(1, 28)
        if iso:
            return f"{y}-{m:02d}-{d:02d}"
        style = self.r.randint(0, 2)
        if lang == "fr":
            return [f"{d:02d}/{m:02d}/{y}", f"{d} {FR_MONTHS[m - 1]} {y}", f"{d:02d}.{m:02d}.{y}"][style]
        return [f"{m:02d}/{d:02d}/{y}", f"{EN_MONTHS[m - 1]} {d}, {y}", f"{d} {EN_MONTHS[m - 1]} {y}"][style]

    def nir(self):
        sex = self.r.choice("12")
        dept = self.r.choice(["75", "13", "69", "59", "2A", "2B", "33", "97"])
        commune = f"{self.r.randint(1, 999):03d}" if dept != "97" else f"{self.r.randint(1, 99):02d}"
        if dept == "97":
            dept = "97" + str(self.r.randint(1, 6))
            body = f"{sex}{self.r.randint(30, 99):02d}{self.r.randint(1, 12):02d}{dept}{commune}{self.r.randint(1, 999):03d}"
        else:
            body = f"{sex}{self.r.randint(30, 99):02d}{self.r.randint(1, 12):02d}{dept}{commune}{self.r.randint(1, 999):03d}"
        key = f"{NIR_KEY(body):02d}"
        n = body + key
        if self.r.random() < 0.5:
            return " ".join([n[0], n[1:3], n[3:5], n[5:7], n[7:10], n[10:13], n[13:]])
        return n

    def iban(self):
        value = self.fr.iban() if self.r.random() < 0.7 else Faker("de_DE").iban()
        return " ".join(value[i:i + 4] for i in range(0, len(value), 4)) if self.r.random() < 0.6 else value

    def phone(self, lang):
        return (self.fr if lang == "fr" else self.en).phone_number()

    def token(self):
        alnum = string.ascii_letters + string.digits
        kind = self.r.randint(0, 3)
        if kind == 0:
            return "ghp_" + "".join(self.r.choice(alnum) for _ in range(36))
        if kind == 1:
            return "AKIA" + "".join(self.r.choice(string.ascii_uppercase + string.digits) for _ in range(16))
        if kind == 2:
            return "sk-proj-" + "".join(self.r.choice(alnum) for _ in range(40))
        return "glpat-" + "".join(self.r.choice(alnum) for _ in range(20))

    def password(self):
        return "".join(self.r.choice(string.ascii_letters + string.digits + "!#%") for _ in range(self.r.randint(10, 18)))

    # Documents ---------------------------------------------------------------------
    def letter_fr(self):
        f, d = self.fr, Doc("fr", "consultation")
        d.t(self.r.choice(INSTITUTIONS_FR) + " — Service de " + self.r.choice(["cardiologie", "neurologie", "pneumologie"]) + "\n")
        d.t(self.pick(["Compte rendu de consultation du ", "Consultation du ", "Lettre de consultation — ", "CR de consultation, le "]))
        d.e(self.date("fr"), "date").t("\n\n")
        female = self.r.random() < 0.5
        named = self.r.random() < 0.6
        if named:
            d.t("Patiente : " if female else "Patient : ").t("Mme " if female else "M. ").e(f.name_female() if female else f.name_male(), "name").t("\n")
        else:
            d.t("Patiente : [nom retiré]\n" if female else "Patient : [nom retiré]\n")
        d.t(self.pick(["Née le " if female else "Né le ", "Date de naissance : ", "DDN : ", "Née le " if female else "Né le "]))
        d.e(self.date("fr", birth=True), "birth-date")
        d.t(" à ").e(f.city(), "town").t("\n")
        if self.r.random() < 0.6:
            d.t(self.pick(["Domiciliée au " if female else "Domicilié au ", "Adresse : ", "Demeurant au ", "Adresse postale : "]))
            d.e(f.street_address(), "address").t(", ").e(f"{f.postcode()} {f.city()}", "postal-town").t("\n")
        if self.r.random() < 0.5:
            d.t(self.pick(["Tél. : ", "Téléphone : ", "Portable : ", "Tel : "])).e(self.phone("fr"), "phone").t("\n")
        if self.r.random() < 0.4:
            d.t(self.pick(["NIR : ", "N° de sécurité sociale : ", "Numéro de sécurité sociale : ", "NIR "])).e(self.nir(), "nir").t("\n")
        if self.r.random() < 0.5:
            d.t(self.pick(["IPP : ", "N° de dossier : ", "NIP : ", "Numéro de dossier "])).e(str(self.r.randint(10000000, 99999999)), "record-number").t("\n")
        d.t("\n")
        age = self.r.randint(18, 92)
        d.t(self.pick(["Patiente de " if female else "Patient de ", "Il s'agit d'une femme de " if female else "Il s'agit d'un homme de "]))
        d.e(f"{age} ans", "age").t(", ")
        d.t(self.pick(["suivie pour " if female else "suivi pour ", "adressée pour " if female else "adressé pour ", "connue pour " if female else "connu pour ", "traitée pour " if female else "traité pour "]))
        d.t(self.r.choice(DIAGNOSES_FR) + ". Traitement actuel : " + self.r.choice(DRUGS) + " " + str(self.r.choice([5, 10, 500, 1000])) + " mg.\n")
        d.t(self.pick([
            "L'examen clinique est sans particularité. La tension artérielle est à 13/8.\n",
            "L'échographie cardiaque montre une fraction d'éjection conservée.\n",
            "Le bilan biologique retrouve une HbA1c à 7,4 %.\n",
            "L'IRM cérébrale ne montre pas de nouvelle lésion.\n"]))
        if self.r.random() < 0.4:
            d.t("Prochain rendez-vous le ").e(self.date("fr"), "date").t(".\n")
        d.t("\nJe vous prie de croire, cher confrère, à l'assurance de mes sentiments confraternels.\n\n")
        d.t(self.pick(["Dr ", "Pr ", "Docteur ", "Dr "])).e(f.name(), "name").t("\n")
        if self.r.random() < 0.5:
            d.t("Copie : Dr ").e(f.name(), "name").t(", médecin traitant\n")
        return d

    def letter_en(self):
        f, d = self.en, Doc("en", "consultation")
        d.t(self.r.choice(INSTITUTIONS_EN) + " — Department of " + self.r.choice(["Cardiology", "Neurology", "Rheumatology"]) + "\n")
        d.t(self.pick(["Clinic letter, ", "Consultation date: ", "Outpatient review — ", "Seen on "])).e(self.date("en"), "date").t("\n\n")
        female = self.r.random() < 0.5
        if self.r.random() < 0.6:
            d.t("Patient: ").t("Mrs " if female else "Mr ").e(f.name_female() if female else f.name_male(), "name").t("\n")
        else:
            d.t("Patient: [name removed]\n")
        d.t(self.pick(["DOB: ", "Date of birth: ", "Born on ", "D.O.B. "])).e(self.date("en", birth=True), "birth-date").t("\n")
        d.t(self.pick(["Lives in ", "Resides in ", "Lives in ", "Residing in "])).e(f.city(), "town").t("\n")
        if self.r.random() < 0.6:
            street = f.street_address()
            d.t("Address: ").e(street, "address").t(", ")
            d.e(f"{f.city()}, {f.state_abbr()} {f.zipcode()}", "postal-town").t("\n")
        if self.r.random() < 0.5:
            d.t(self.pick(["Phone: ", "Tel: ", "Mobile: ", "Contact number: "])).e(self.phone("en"), "phone").t("\n")
        if self.r.random() < 0.5:
            d.t(self.pick(["MRN: ", "Medical record number: ", "MRN ", "Patient ID: "])).e(str(self.r.randint(1000000, 9999999)), "record-number").t("\n")
        age = self.r.randint(18, 92)
        d.t("\n").t(self.pick(["This ", "I reviewed this ", "We saw this ", "Thank you for referring this "]))
        d.e(f"{age}-year-old", "age").t(" " + ("woman" if female else "man") + " with " + self.r.choice(DIAGNOSES_EN) + ". ")
        d.t("Current treatment: " + self.r.choice(DRUGS_EN) + " " + str(self.r.choice([5, 10, 500])) + " mg daily.\n")
        d.t(self.pick(["Blood pressure was 128/80.\n", "Her echocardiogram was unremarkable.\n" if female else "His echocardiogram was unremarkable.\n",
                       "Blood tests showed an HbA1c of 7.4%.\n", "The MRI showed no new lesion.\n"]))
        d.t("\nYours sincerely,\n\n").t(self.pick(["Dr ", "Dr. ", "Prof. ", "Dr "])).e(f.name(), "name").t("\n")
        return d

    def minutes_fr(self):
        f, d = self.fr, Doc("fr", "minutes")
        d.t(self.pick(["Compte rendu de la réunion d'équipe du ", "Réunion de service du ", "CR réunion projet — ", "Réunion du comité de pilotage du "]))
        d.e(self.date("fr"), "date").t("\n\n")
        names = [f.name() for _ in range(self.r.randint(3, 5))]
        d.t(self.pick(["Présents : ", "Présent·e·s : ", "Participants : ", "Présents : "]))
        for i, n in enumerate(names):
            if i:
                d.t(", ")
            d.e(n, "name")
        d.t("\n").t(self.pick(["Excusée : ", "Excusé : ", "Absente : ", "Excusés : "])).e(f.name(), "name").t("\n\n")
        d.t("1. Point sur le projet " + self.r.choice(["COHORTE-2", "IMAGIA", "NEURO-7"]) + "\n")
        d.e(names[0], "name").t(self.pick([" présente l'avancement des inclusions.", " fait le point sur le recrutement.", " résume les résultats préliminaires.", " présente le calendrier."]) + "\n")
        d.t(self.pick(["La discussion porte sur le plan d'analyse statistique.\n", "Le budget est validé.\n", "Le protocole est amendé.\n", "Les données sont déposées sur l'entrepôt.\n"]))
        if self.r.random() < 0.5:
            d.t("Contact pour les questions : ").e(f.email(), "email").t(" ou ").e(self.phone("fr"), "phone").t(".\n")
        d.t("\n2. Divers\nProchaine réunion le ").e(self.date("fr"), "date").t(".\n")
        d.t(self.pick(["Rédactrice : ", "Rédacteur : ", "Secrétaire de séance : ", "Compte rendu rédigé par "])).e(names[-1], "name").t("\n")
        return d

    def minutes_en(self):
        f, d = self.en, Doc("en", "minutes")
        d.t(self.pick(["Minutes of the team meeting, ", "Lab meeting — ", "Steering committee, ", "Project meeting held on "])).e(self.date("en"), "date").t("\n\n")
        names = [f.name() for _ in range(self.r.randint(3, 5))]
        d.t(self.pick(["Present: ", "Attendees: ", "Participants: ", "Present: "]))
        for i, n in enumerate(names):
            if i:
                d.t(", ")
            d.e(n, "name")
        d.t("\n").t(self.pick(["Apologies: ", "Absent: ", "Apologies: ", "Absent: "])).e(f.name(), "name").t("\n\n")
        d.t("1. Recruitment update\n").e(names[0], "name").t(self.pick([" reported on recruitment.", " presented the interim results.", " summarised the budget.", " went through the timeline."]) + "\n")
        if self.r.random() < 0.5:
            d.t("Questions to ").e(f.email(), "email").t(" or ").e(self.phone("en"), "phone").t(".\n")
        d.t("\nNext meeting: ").e(self.date("en"), "date").t(".\n")
        d.t(self.pick(["Minutes: ", "Minutes taken by ", "Scribe: ", "Written by "])).e(names[-1], "name").t("\n")
        return d

    def email_fr(self):
        f, d = self.fr, Doc("fr", "email")
        sender, recipient = f.name(), f.first_name()
        d.t("De : ").e(sender, "name").t(" <").e(f.email(), "email").t(">\n")
        d.t("Objet : " + self.pick(["données de l'étude", "réunion de jeudi", "relecture de l'article", "demande de remboursement"]) + "\n\n")
        d.t(self.pick(["Bonjour ", "Chère ", "Bonjour ", "Cher "])).e(recipient, "name").t(",\n\n")
        d.t(self.pick(["Je te transmets les éléments demandés. ", "Voici les informations pour le remboursement. ", "Merci pour ta relecture. ", "Je reviens vers toi pour la mission. "]))
        if self.r.random() < 0.5:
            d.t("Mon RIB : ").e(self.iban(), "iban").t(". ")
        if self.r.random() < 0.5:
            d.t("Tu peux me joindre au ").e(self.phone("fr"), "phone").t(". ")
        d.t("\n\nCordialement,\n").e(sender, "name").t("\n")
        d.t(f.job().capitalize() + ", Inserm U" + str(self.r.randint(1000, 1300)) + "\n")
        return d

    def email_en(self):
        f, d = self.en, Doc("en", "email")
        sender, recipient = f.name(), f.first_name()
        d.t("From: ").e(sender, "name").t(" <").e(f.email(), "email").t(">\n")
        d.t("Subject: " + self.pick(["study data", "Thursday's meeting", "manuscript review", "expense claim"]) + "\n\n")
        d.t(self.pick(["Dear ", "Hi ", "Hello ", "Dear "])).e(recipient, "name").t(",\n\n")
        d.t(self.pick(["Please find the requested details below. ", "Here is the information for the refund. ", "Thanks for the review. ", "Following up on the trip. "]))
        if self.r.random() < 0.5:
            d.t("You can reach me on ").e(self.phone("en"), "phone").t(". ")
        d.t("\n\n" + self.pick(["Best regards,", "Kind regards,", "Best regards,", "Sincerely,"]) + "\n").e(sender, "name").t("\n")
        return d

    def code(self):
        d = Doc(self.r.choice(["fr", "en"]), "code")
        d.t("# " + self.pick(["configuration de l'export", "settings for the pipeline", "connexion à la base", "deployment settings"]) + "\n")
        d.t("DEBUG = False\nTIMEOUT = 30\n")
        d.t("DATABASE_URL = \"").e(f"postgresql://{self.en.user_name()}:{self.password()}@db.example.org:5432/cohort", "secret").t("\"\n")
        if self.r.random() < 0.7:
            d.t(self.pick(["API_TOKEN = \"", "GITHUB_TOKEN=\"", "api_key: \"", "token = \""])).e(self.token(), "secret").t("\"\n")
        if self.r.random() < 0.6:
            d.t("").e(self.pick(["password = \"", "DB_PASSWORD=\"", "smtp_password: \"", "passwd = \""]) + self.password() + "\"", "secret").t("\n")
        if self.r.random() < 0.5:
            d.t("SERVER_IP = \"").e(self.en.ipv4_public(), "ip").t("\"\n")
        if self.r.random() < 0.3:
            d.e("-----BEGIN OPENSSH PRIVATE KEY-----", "secret").t("\n")
            d.t("\n".join("".join(self.r.choice(string.ascii_letters + string.digits + "+/") for _ in range(70)) for _ in range(4)))
            d.t("\n-----END OPENSSH PRIVATE KEY-----\n")
        d.t("ADMIN_EMAIL = \"").e(self.en.email(), "email").t("\"\n")
        d.t("RELEASE_DATE = \"").e(self.date("en", iso=True), "date").t("\"\n")
        return d

    def document(self):
        kind = self.r.choice(["letter_fr", "letter_fr", "letter_en", "minutes_fr", "minutes_en", "email_fr", "email_en", "code"])
        return getattr(self, kind)()


def main():
    out, split, count = sys.argv[1], sys.argv[2], int(sys.argv[3])
    os.makedirs(out, exist_ok=True)
    base = 0 if split == "dev" else 1_000_000
    gold = []
    for n in range(count):
        doc = Gen(base + n, split).document()
        name = f"{n:04d}.txt"
        with open(os.path.join(out, name), "w", encoding="utf-8") as handle:
            handle.write(doc.text)
        gold.append({"file": name, "lang": doc.lang, "kind": doc.kind, "spans": doc.spans})
    json.dump(gold, open(os.path.join(out, "gold.json"), "w"), ensure_ascii=False, indent=0)


if __name__ == "__main__":
    main()
