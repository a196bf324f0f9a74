/**
 * Words that name a field besides its own: class names, labels and headers in other words or
 * abbreviated ("qty", "addr", "Pts", "W"), and the same field in French, German, Spanish, Italian
 * and Dutch. Keyed by the field's word (or its singular); plan.ts weighs them below the field's own.
 */
import { lookup } from "../lookup";

export const SYNONYMS = lookup<string[]>({
  name: ["title", "heading", "headline", "fullname", "nom", "nombre", "nome", "naam"],
  title: ["name", "heading", "headline", "titre", "titel", "titulo", "titolo"],
  url: ["link", "href", "permalink"],
  link: ["url", "href"],
  price: ["cost", "amount", "offer", "sale", "prix", "preis", "precio", "prezzo", "prijs", "tarif"],
  company: ["employer", "organization", "organisation", "org", "hiring", "brand", "entreprise", "societe", "firma", "empresa", "azienda", "unternehmen", "bedrijf"],
  location: ["loc", "city", "place", "address", "region", "area", "where", "locality", "lieu", "ville", "ort", "stadt", "ubicacion", "ciudad", "citta", "luogo", "plaats"],
  city: ["town", "locality", "location", "ville", "stadt", "ort", "ciudad", "citta", "plaats"],
  address: ["addr", "adr", "street", "location", "adresse", "direccion", "indirizzo", "adres"],
  quantity: ["qty"],
  shipping: ["postage", "delivery", "freight", "versand", "livraison", "envio", "spedizione", "verzending"],
  category: ["cat", "cats", "genre", "categorie", "kategorie", "categoria"],
  // What kind a record is, as a directory files it: a restaurant's cuisine, a film's genre, a
  // post's topic are its category links ("<p class="cats"><a href="/c/tapas">Tapas</a>").
  cuisine: ["category", "categories", "cat", "cats", "genre", "style", "kitchen", "kuche", "cucina", "cocina"],
  genre: ["category", "categories", "cat", "cats", "style"],
  topic: ["category", "categories", "cat", "cats", "subject", "tag", "tags"],
  department: ["dept"],
  salary: ["pay", "compensation", "wage", "remuneration", "salaire", "gehalt", "salario", "stipendio"],
  rating: ["stars", "star", "score", "review", "reviews", "bewertung", "valoracion", "valutazione"],
  availability: ["stock", "instock", "available", "status", "disponibilite", "verfugbarkeit", "disponibilidad", "disponibilita", "lager"],
  role: ["position", "job", "title", "function", "occupation"],
  image: ["img", "pic", "photo", "picture", "thumbnail", "thumb", "logo", "avatar"],
  photo: ["img", "pic", "image", "picture", "thumbnail", "thumb"],
  picture: ["img", "pic", "image", "photo", "thumbnail", "thumb"],
  // Abbreviated class names: class="lang", "ref", "mfr", "org", "temp".
  language: ["lang", "langs", "sprache", "langue", "idioma", "lingua", "taal"],
  reference: ["ref"],
  manufacturer: ["mfr", "mfg", "maker"],
  organization: ["org", "organisation"],
  temperature: ["temp"],
  date: ["time", "posted", "published", "datetime", "created", "updated", "datum", "fecha"],
  description: ["desc", "summary", "excerpt", "snippet", "teaser", "text", "body", "bio", "beschreibung", "descripcion", "descrizione", "beschrijving"],
  author: ["by", "byline", "writer", "creator", "auteur", "autor", "autore"],
  // A picture's credit line names its photographer: "Photo: Ana Pereira", class="credit".
  photographer: ["credit", "credits", "photo", "by", "byline"],
  email: ["mail"],
  phone: ["tel", "telephone", "mobile", "cell", "telefon", "telefono", "telefoon"],
  // Listings abbreviate rooms and floor area: "3 bds", "2 ba", "1,850 sqft".
  bedroom: ["bed", "beds", "bd", "bds", "br"],
  bed: ["bedroom", "bd", "bds", "br"],
  bathroom: ["bath", "baths", "ba"],
  bath: ["bathroom", "ba"],
  sqft: ["squarefeet", "footage", "ft2"],
  squarefeet: ["sqft", "footage", "ft2"],
  squarefootage: ["sqft", "footage", "ft2"],
  area: ["sqft", "sqm", "m²", "ft2", "surface", "footage"],
  // A listing's "size" is its floor area, written in its units: "1,044 sq ft", "68 m²".
  size: ["sqft", "sqm", "m²", "footage"],
  // Standings and stats tables' headers: "Pos", "Pts", "GD", "P", "W", "D", "L", "GF", "GA".
  position: ["pos", "rank"],
  rank: ["pos", "position"],
  point: ["pts"],
  goaldifference: ["gd"],
  played: ["p", "pld", "gp", "mp"],
  win: ["w", "won"],
  won: ["w"],
  draw: ["d", "drawn"],
  drawn: ["d"],
  loss: ["l", "lost"],
  lost: ["l"],
  goalsfor: ["gf"],
  goalsagainst: ["ga"],
  // Timetables abbreviate, and vehicles' odometers are read by their unit: "dep 06:29", "84 000 km".
  departure: ["dep", "depart", "departs", "departing"],
  arrival: ["arr", "arrive", "arrives", "arriving"],
  mileage: ["km", "mi", "miles", "kilometres", "kilometers", "odometer"],
  gearbox: ["transmission", "gear", "gears"],
  transmission: ["gearbox", "gear", "gears"],
  profile: ["url", "link", "page"],
  website: ["site", "homepage", "web", "url"],
  // Forecasts abbreviate their columns ("hi", "lo", "precip", "dow"), and a reviewer's or an
  // athlete's country is shown by its flag (class="flag" around "Germany").
  high: ["hi", "max"],
  low: ["lo", "min"],
  precipitation: ["precip", "rain", "pop"],
  humidity: ["hum", "rh"],
  day: ["dow", "weekday"],
  condition: ["conditions", "weather", "wx", "phrase", "sky"],
  country: ["flag", "nation", "nationality", "land", "pays"],
});

/**
 * Labels in French, German, Spanish, Italian and Dutch (as camelCase keys), by the English key an
 * inferred column takes for them: a "Zu Gast:" label names a "guests" column, as class="guests"
 * beside it does, so one value never makes two columns in two languages.
 */
export const ENGLISH_KEYS = lookup<string>({
  ...{ zuGast: "guests", gast: "guests", gaste: "guests", gäste: "guests", invités: "guests", invitado: "guests", invitados: "guests", ospite: "guests", ospiti: "guests" },
  ...{ preis: "price", prix: "price", precio: "price", prezzo: "price", prijs: "price", ort: "location", lieu: "location", ubicacion: "location", ubicación: "location", luogo: "location", locatie: "location" },
  ...{ datum: "date", fecha: "date", autor: "author", auteur: "author", autore: "author", auteurs: "authors", autoren: "authors" },
  ...{ beschreibung: "description", descripcion: "description", descripción: "description", descrizione: "description", beschrijving: "description" },
  ...{ dauer: "duration", duree: "duration", durée: "duration", duracion: "duration", duración: "duration", durata: "duration", duur: "duration" },
  ...{ animateur: "host", presentador: "host", conduttore: "host", presentator: "host" },
  ...{ kategorie: "category", categorie: "category", categoria: "category", categoría: "category", bewertung: "rating", valoracion: "rating", valoración: "rating", valutazione: "rating" },
  ...{ adresse: "address", direccion: "address", dirección: "address", indirizzo: "address", adres: "address", telefon: "phone", telefono: "phone", teléfono: "phone", telefoon: "phone" },
  ...{ gehalt: "salary", salaire: "salary", salario: "salary", stipendio: "salary", firma: "company", unternehmen: "company", entreprise: "company", empresa: "company", azienda: "company", bedrijf: "company" },
});
