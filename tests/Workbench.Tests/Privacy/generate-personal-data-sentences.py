# Writes personal-data-sentences.jsonl: es/en sentences with planted personal data (valid check digits) and business look-alikes. Seeded, so it rewrites the same file.
import json, os, random
r = random.Random(19)
L = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
CONS = "BCDFGHJKLMNPQRSTVWXYZ"
def digits(n): return "".join(r.choice("0123456789") for _ in range(n))
def clabe():
    b = r.choice(["002","012","014","021","030","036","044","058","072","127","137","646"]) + digits(14)
    w=[3,7,1]; s=sum((int(b[i])*w[i%3])%10 for i in range(17))
    v = b + str((10 - s%10)%10)
    return r.choice([v, f"{v[:3]} {v[3:6]} {v[6:17]} {v[17]}", f"{v[:3]}-{v[3:6]}-{v[6:17]}-{v[17]}", f"{v[:3]} {v[3:6]} {v[6:10]} {v[10:13]} {v[13:17]} {v[17]}"])
def luhn_complete(p):
    for c in "0123456789":
        n=p+c; s=0
        for i,ch in enumerate(reversed(n)):
            d=int(ch)
            if i%2==1:
                d*=2
                if d>9: d-=9
            s+=d
        if s%10==0: return n
def card():
    kind = r.choice(["visa","mc","amex","visa","mc"])
    if kind=="amex":
        n = luhn_complete(r.choice(["34","37"])+digits(12))
        return r.choice([n, f"{n[:4]} {n[4:10]} {n[10:]}", f"{n[:4]}-{n[4:10]}-{n[10:]}"])
    n = luhn_complete(("4" if kind=="visa" else r.choice(["51","52","53","54","55"]))+digits(15-(1 if kind=="visa" else 2)))
    g = [n[i:i+4] for i in range(0,16,4)]
    return r.choice([n, " ".join(g), "-".join(g)])
def phone():
    area2 = r.choice(["55","33","81"]); area3 = r.choice(["998","222","442","477","664","999","614"])
    a,b = digits(4), digits(4)
    fmts = [f"{area2} {a} {b}", f"({area2}) {a}-{b}", f"{area2}-{a}-{b}", f"{area2}{a}{b}", f"+52 {area2} {a} {b}",
            f"+52 1 {area2} {a} {b}", f"+52{area2}{a}{b}", f"{area2} {a[:2]} {a[2:]} {b[:2]} {b[2:]}",
            f"{area3} {digits(3)} {digits(4)}", f"({area3}) {digits(3)}-{digits(4)}", f"+52 ({area2}) {a} {b}", f"+52 {area3} {digits(3)} {digits(4)}",
            f"{area2}.{a}.{b}"]
    return r.choice(fmts)
def ymd():
    return f"{r.randint(60,99):02d}{r.randint(1,12):02d}{r.randint(1,28):02d}"
def curp():
    return r.choice(L)+r.choice("AEIOU")+r.choice(L)+r.choice(L)+ymd()+r.choice("HM")+r.choice(["DF","JC","NL","MC","PL","GT","VZ","YN"])+"".join(r.choice(CONS) for _ in range(3))+r.choice("0123456789")+digits(1)
def rfc():
    if r.random()<0.75:
        return "".join(r.choice(L) for _ in range(4))+ymd()+r.choice(L)+r.choice("0123456789ABCDEFGHJK")+r.choice("0123456789A")
    return "".join(r.choice(L) for _ in range(3))+ymd()+r.choice(L)+r.choice("0123456789")+r.choice("0123456789A")
def ine_key():
    return "".join(r.choice(CONS+"AEIOU") for _ in range(6))+ymd()+f"{r.randint(1,32):02d}"+r.choice("HM")+digits(3)
def email():
    user = r.choice(["maria.lopez","jperez","ana_g","carlos.m88","l.hernandez","soporte.cliente","rosa-v","mike.t"])
    dom = r.choice(["gmail.com","hotmail.com","outlook.com","yahoo.com.mx","empresa.mx","correo.unam.mx","example.org"])
    return f"{user}{r.randint(1,999)}@{dom}"
ES_STREETS = ["Calle Reforma {n}, Col. Juárez", "Av. Insurgentes Sur {n} int. 4, Col. Del Valle", "Calzada de Tlalpan #{n}",
              "Privada Los Pinos {n}", "Av. Vallarta {n}, Colonia Americana", "Calle 60 #{n}", "Blvd. Díaz Ordaz {n}",
              "Avenida Revolución núm. {n}", "Calle Hidalgo {n} depto. 3B", "Paseo de la Reforma {n}"]
EN_STREETS = ["{n} Oak Street", "{n} W. Main St., Apt 4B", "{n} Maple Avenue", "{n} Sunset Blvd.", "{n} Elm Road", "{n} Pine Lane", "{n} Lakeview Drive, Suite 210"]
def address(lang):
    if lang=="es":
        a = r.choice(ES_STREETS).format(n=r.randint(2,2999))
        return a + (f", C.P. {digits(5)}" if r.random()<0.3 else "")
    return r.choice(EN_STREETS).format(n=r.randint(2,9999))
def plate():
    return r.choice(["PZN-904-E", f"{''.join(r.choice(L) for _ in range(3))}-{digits(3)}-{r.choice(L)}", f"{''.join(r.choice(L) for _ in range(3))}-{digits(2)}-{digits(2)}", f"{''.join(r.choice(L) for _ in range(3))}-{digits(4)}"])
def price(lang):
    n = r.randint(80,650)*1000 + r.choice([0,0,500,900])
    return r.choice([f"${n:,}", f"${n:,}.00 MXN", f"{n:,} pesos" if lang=="es" else f"{n:,} MXN", f"${r.randint(8,40)*1000:,} USD", f"$ {n:,}"])
def order_id():
    return r.choice([f"TCK-{r.randint(1000,9999)}", f"PAY-{r.randint(1000,9999)}", f"INS-{r.randint(1000,9999)}", f"OFR-{r.randint(10000,99999)}", f"#{r.randint(10000,999999)}", f"ORD-2026-{r.randint(100000,999999)}"])
MES = ["enero","febrero","marzo","abril","mayo","junio","julio","agosto","septiembre","octubre","noviembre","diciembre"]
MON = ["January","February","March","April","May","June","July","August","September","October","November","December"]
def date(lang):
    d, m, y = r.randint(1,28), r.randint(1,12), r.choice([2025,2026,2027])
    if lang=="es": return r.choice([f"{d:02d}/{m:02d}/{y}", f"{d} de {MES[m-1]} de {y}", f"{y}-{m:02d}-{d:02d}", f"{d}/{m}/{y}"])
    return r.choice([f"{m}/{d}/{y}", f"{MON[m-1]} {d}, {y}", f"{y}-{m:02d}-{d:02d}"])
def model():
    return r.choice(["Nissan Versa 2019","Mazda CX-5 2021","Chevrolet Aveo 2018","VW Jetta A7 2020","Kia Rio 2020","Toyota Corolla 2017","Honda CR-V 2022","Mazda 3 2019","Nissan Sentra 2021","Ford Lobo 2016"])
PII = {
 "Email": email, "Clabe": clabe, "Card": card, "Curp": curp, "Rfc": rfc, "Ine": ine_key, "Phone": phone,
}
ES = {
 "Email": ["mi correo es {v}", "escríbeme a {v} por favor", "el correo de la cuenta es {v}"],
 "Clabe": ["mi CLABE es {v}", "depositen a la CLABE {v}", "la cuenta para el pago es {v}"],
 "Card": ["pagué con la tarjeta {v}", "mi tarjeta es {v}", "cárguenlo a {v}"],
 "Curp": ["mi CURP es {v}", "te paso mi curp: {v}", "CURP {v}"],
 "Rfc": ["mi RFC es {v}", "facturen al RFC {v}", "RFC: {v}"],
 "Ine": ["mi clave de elector es {v}", "la clave de mi INE es {v}", "clave IFE {v}"],
 "Ocr": ["el OCR de mi INE es {v}", "mi credencial para votar trae el número {v}"],
 "Phone": ["mi celular es {v}", "márcame al {v}", "mi teléfono: {v}", "whatsapp {v}"],
 "Address": ["vivo en {v}", "recojan el auto en {v}", "mi domicilio es {v}"],
}
EN = {
 "Email": ["my email is {v}", "write to me at {v}", "the account email is {v}"],
 "Clabe": ["my CLABE is {v}", "send the payout to CLABE {v}", "the bank account is {v}"],
 "Card": ["I paid with card {v}", "my card number is {v}", "charge it to {v}"],
 "Curp": ["my CURP is {v}", "CURP: {v}"],
 "Rfc": ["my RFC is {v}", "invoice it to RFC {v}"],
 "Ine": ["my voter key is {v}", "the INE key is {v}"],
 "Ocr": ["the OCR on my INE is {v}", "my voter card number is {v}"],
 "Phone": ["my cell is {v}", "call me at {v}", "my phone: {v}", "text me on {v}"],
 "Address": ["I live at {v}", "pick the car up at {v}", "my address is {v}"],
}
LOOK_ES = [("la placa es {p}", "plate"), ("el precio fue {p}", "price"), ("mi pedido {p}", "order"), ("la cita es el {p}", "date"), ("es un {p}", "model"), ("el ticket {p}", "order")]
LOOK_EN = [("the plate is {p}", "plate"), ("the price was {p}", "price"), ("my order {p}", "order"), ("the appointment is on {p}", "date"), ("it is a {p}", "model"), ("ticket {p}", "order")]
def look(kind, lang):
    return {"plate": plate, "price": lambda: price(lang), "order": order_id, "date": lambda: date(lang), "model": model}[kind]()
out = []
kinds = list(PII) + ["Ocr", "Address"]
for i in range(360):
    lang = "es" if i % 2 == 0 else "en"
    T = ES if lang=="es" else EN
    parts, planted, keep = [], [], []
    picks = [kinds[i % len(kinds)]] + ([r.choice(kinds)] if r.random() < 0.4 else [])
    looks = r.sample(LOOK_ES if lang=="es" else LOOK_EN, r.choice([1,2]))
    for lt, lk in looks[:1]:
        v = look(lk, lang); keep.append(v); parts.append(lt.format(p=v))
    for k in picks:
        if k == "Ocr": v, typ = (digits(13) if r.random()<0.5 else digits(9)), "Ine"
        elif k == "Address": v, typ = address(lang), "Address"
        else: v, typ = PII[k](), k
        planted.append({"kind": typ, "value": v}); parts.append(r.choice(T[k]).format(v=v))
    for lt, lk in looks[1:]:
        v = look(lk, lang); keep.append(v); parts.append(lt.format(p=v))
    joiner = r.choice([", ", " y " if lang=="es" else " and ", ". "])
    s = joiner.join(parts)
    s = s[0].upper() + s[1:] + r.choice([".", "", "?"] if lang=="en" else [".", "", " gracias."])
    out.append({"language": lang, "text": s, "planted": planted, "keep": keep})
with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "personal-data-sentences.jsonl"), "w") as f:
    for o in out: f.write(json.dumps(o, ensure_ascii=False) + "\n")
print(len(out), sum(len(o["planted"]) for o in out), sum(len(o["keep"]) for o in out))
