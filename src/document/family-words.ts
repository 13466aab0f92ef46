/**
 * The words of the summary for families, in English and in Spanish. Plain words and short
 * sentences; each language is written on its own, not translated word for word. Every phrase
 * states one term the Parties agreed, so the summary says nothing the answers do not hold.
 */

export type FamilyLanguage = "en" | "es";

export interface FamilyWords {
  readonly language: string;
  readonly title: string;
  readonly intro: (agency: string, district: string) => string;
  readonly governs: string;
  readonly draft: string;
  readonly headings: {
    readonly who: string;
    readonly does: string;
    readonly doesNot: string;
    readonly law: string;
    readonly questioning: string;
    readonly searches: string;
    readonly concern: string;
    readonly contact: string;
  };
  readonly schoolsLead: (agency: string, count: number) => string;
  readonly roles: Readonly<Record<string, string>>;
  readonly teaching: Readonly<Record<string, string>>;
  readonly teachingLead: string;
  readonly otherTopicsLead: string;
  readonly classArrangement: Readonly<Record<string, string>>;
  readonly teacherPresent: string;
  readonly referral: (staff: string) => string;
  readonly staff: Readonly<Record<string, string>>;
  readonly dutiesLead: string;
  readonly noClinicalCounseling: string;
  readonly excludedLead: string;
  readonly excluded: Readonly<Record<string, string>>;
  readonly discipline: Readonly<Record<string, string>>;
  readonly noArrestForDiscipline: string;
  readonly decisionMaker: Readonly<Record<string, string>>;
  readonly collaborationInforms: string;
  readonly diversionFirst: string;
  readonly exceptionsLead: string;
  readonly exceptions: Readonly<Record<string, string>>;
  readonly alternativesLead: string;
  readonly parentNotice: Readonly<Record<string, string>>;
  readonly noticeExceptionsLead: string;
  readonly noticeExceptions: Readonly<Record<string, string>>;
  readonly staffPresent: (who: string | null) => string;
  readonly rightsAdvice: Readonly<Record<string, string>>;
  readonly noDisciplineQuestioning: string;
  readonly noImmigrationQuestions: string;
  readonly otherBarredLead: string;
  readonly schoolSearchStandard: string;
  readonly sroStandard: Readonly<Record<string, string>>;
  readonly noSearchForStaff: string;
  readonly sroInSchoolSearch: Readonly<Record<string, string>>;
  readonly noStripSearch: string;
  readonly adminNotice: string;
  readonly channels: Readonly<Record<string, string>>;
  readonly channelsLead: string;
  readonly forwardDays: (days: number) => string;
  readonly investigator: Readonly<Record<string, string>>;
  readonly responseDays: (days: number) => string;
  readonly noRetaliation: string;
  readonly published: string;
  readonly forParty: (party: string) => string;
  readonly email: string;
  readonly address: string;
  /** "Dana Whitfield, Chief of Police" */
  readonly person: (name: string | null, title: string) => string;
  readonly partyAddressLead: string;
  /** Joins a list: "a, b and c". */
  readonly and: string;
  readonly or: string;
  readonly footer: string;
  readonly header: (district: string) => string;
  readonly pageLabel: readonly [string, string];
}

export const en: FamilyWords = {
  language: "en-US",
  title: "School Resource Officers: A Summary for Families",
  intro: (agency, district) =>
    `${district} and ${agency} have a written agreement about School Resource Officers (SROs). An SRO is a police officer who works at school. This summary tells you, in plain words, what the agreement says.`,
  governs:
    "This is only a summary. It is not the agreement. If this summary and the signed agreement say different things, the signed agreement is what counts.",
  draft: "The agreement is still being written. Its terms may change before it is signed.",
  headings: {
    who: "Who this covers",
    does: "What the SRO does at school",
    doesNot: "What the SRO does not do",
    law: "If a student may have broken the law",
    questioning: "If the SRO wants to question your child",
    searches: "Searches",
    concern: "How to raise a concern",
    contact: "Who to contact",
  },
  schoolsLead: (agency, count) =>
    count === 1
      ? `The SRO comes from ${agency} and works at this school:`
      : `SROs come from ${agency} and work at these schools:`,
  roles: {
    officer: "The SRO is a police officer. The SRO keeps students and staff safe and responds to crimes.",
    educator: "The SRO teaches lessons about safety and the law.",
    mentor: "The SRO is someone students can talk to. The SRO can listen and give advice.",
  },
  teaching: {
    crime: "preventing crime",
    online: "staying safe online and on social media",
    safety: "safety and emergency steps at school",
    victims: "how to stay safe and get help",
    law: "laws that affect young people",
    stops: "what to do in a traffic stop",
    driving: "safe driving",
    decisions: "making good decisions",
    careers: "jobs in law enforcement",
  },
  teachingLead: "The SRO may teach about:",
  otherTopicsLead: "The agreement also lists these lessons:",
  classArrangement: {
    invitation: "The SRO teaches a class only when a teacher or the principal asks.",
    plan: "The SRO teaches under a plan the principal agrees to each year.",
  },
  teacherPresent:
    "When the SRO teaches a class, the teacher stays in the room and is in charge of the class.",
  referral: (staff) => `If a student needs help, the SRO can send them to school ${staff}.`,
  staff: {
    counselor: "counselors",
    psychologist: "psychologists",
    socialWorker: "social workers",
    nurse: "nurses",
    administrator: "administrators",
    administrators: "administrators",
    counselors: "counselors",
    socialWorkers: "social workers",
    psychologists: "psychologists",
    nurses: "nurses",
  },
  dutiesLead: "Each day, the SRO's work includes:",
  noClinicalCounseling: "The SRO does not give counseling or therapy. School staff do that.",
  excludedLead: "The school does not ask the SRO to",
  excluded: {
    administrative: "do office work",
    discipline: "enforce school rules",
    security: "work as a security guard",
    supervision: "do everyday watching of students, such as hall or lunch duty",
  },
  discipline: {
    none: "The SRO has no part in school discipline, such as detention, suspension or expulsion. Only school staff decide it.",
    witness:
      "The SRO does not decide school discipline, such as detention, suspension or expulsion. School staff decide it. The SRO may tell them what the SRO saw.",
    administers: "The SRO may give school discipline, such as detention, when a school administrator asks.",
  },
  noArrestForDiscipline:
    "The SRO does not arrest or give a ticket to a student for breaking a school rule. School staff handle that.",
  decisionMaker: {
    sro: "Only the SRO decides whether to arrest a student, give a ticket or send a case to court. The school does not tell the SRO what to do.",
    joint:
      "The SRO and a school administrator decide together whether to arrest a student, give a ticket or send a case to court.",
    administrator:
      "A school administrator decides whether the SRO arrests a student, gives a ticket or sends a case to court.",
  },
  collaborationInforms:
    "Before deciding, the SRO may listen to what school staff know about the student's needs.",
  diversionFirst:
    "The SRO first thinks about other ways to help, such as a school response or a program, before an arrest or a ticket.",
  exceptionsLead: "The SRO may act right away when there is:",
  exceptions: {
    threat: "a threat to someone's safety right now",
    weapon: "a gun or other dangerous weapon",
    injury: "a serious injury",
  },
  alternativesLead: "Programs the SRO may send a student to:",
  parentNotice: {
    before:
      "Before the SRO questions your child (under 18) about a possible crime, you will be told and can be there.",
    after:
      "If the SRO questions your child (under 18) about a possible crime, you will be told as soon as possible after.",
    law: "The SRO tells parents about questioning when the law or police rules require it.",
  },
  noticeExceptionsLead: "The SRO may question first, before reaching a parent, when there is:",
  noticeExceptions: {
    emergency: "a threat to someone's safety right now",
    abuse: "a case where a parent is suspected of abuse or neglect",
    evidence: "a risk that evidence will be destroyed or someone will run away",
  },
  staffPresent: (who) =>
    who
      ? `If no parent is there, a school staff member stays with your child (one of the school's ${who}).`
      : "If no parent is there, a school staff member stays with your child.",
  rightsAdvice: {
    always:
      "Before questions about a possible crime, the SRO tells your child about their rights, in words they understand.",
    custodial: "The SRO tells your child about their rights when the law requires it.",
  },
  noDisciplineQuestioning: "The SRO does not question students for a school discipline case.",
  noImmigrationQuestions: "The SRO does not ask about a student's or family's immigration status.",
  otherBarredLead: "The SRO also does not ask about:",
  schoolSearchStandard:
    "School staff, not the SRO, search students for school reasons. The school is responsible for those searches.",
  sroStandard: {
    "probable-cause":
      "The SRO searches a student only with strong legal reason (probable cause), as the law requires.",
    "reasonable-suspicion":
      "The SRO may search a student with a good reason to suspect something, where the law allows it.",
  },
  noSearchForStaff: "The SRO does not search a student just because school staff ask.",
  sroInSchoolSearch: {
    safety:
      "When school staff search a student, the SRO may stand nearby for safety but does not help search.",
    none: "When school staff search a student, the SRO does not take part and is not there.",
    assist: "When school staff search a student, the SRO may help them.",
  },
  noStripSearch: "The SRO does not strip search students at school.",
  adminNotice: "The SRO tells a school administrator about each search the SRO makes of a student.",
  channelsLead: "You can raise a concern about an SRO:",
  channels: {
    agency: "with the police agency, in person, by phone or online",
    school: "with the school principal, who sends it on to the police agency",
    anonymous: "without giving your name",
  },
  forwardDays: (days) =>
    `The school sends a concern to the police agency within ${days} school ${days === 1 ? "day" : "days"}.`,
  investigator: {
    agency: "The police agency looks into each concern.",
    independent:
      "A reviewer chosen by the school district and the police agency together looks into each concern.",
  },
  responseDays: (days) =>
    `You will hear back within ${days} ${days === 1 ? "day" : "days"}: what was decided, or where things stand.`,
  noRetaliation: "The SRO may not punish or get back at anyone for raising a concern.",
  published:
    "The school district describes how to raise a concern in the student handbook and on its website.",
  forParty: (party) => party,
  email: "Email",
  address: "Address",
  person: (name, title) => (name ? `${name}, ${title}` : title),
  partyAddressLead: "The two sides of the agreement are:",
  and: "and",
  or: "or",
  footer: "A summary for families; the signed agreement governs",
  header: (district) => `School Resource Officers at ${district}: a summary for families`,
  pageLabel: ["Page ", " of "],
};

export const es: FamilyWords = {
  language: "es-US",
  title: "Oficiales de Recursos Escolares: Resumen para las familias",
  intro: (agency, district) =>
    `${district} y ${agency} tienen un acuerdo por escrito sobre los Oficiales de Recursos Escolares (SRO, por sus siglas en inglés). Un SRO es un policía que trabaja en la escuela. Aquí le explicamos, con palabras sencillas, lo que dice el acuerdo.`,
  governs:
    "Esto es solo un resumen; no es el acuerdo. Si este resumen y el acuerdo firmado dicen cosas distintas, vale lo que dice el acuerdo firmado.",
  draft: "El acuerdo todavía se está redactando. Lo que dice puede cambiar antes de que se firme.",
  headings: {
    who: "A quién se aplica",
    does: "Qué hace el SRO en la escuela",
    doesNot: "Qué no hace el SRO",
    law: "Si un estudiante pudo haber violado la ley",
    questioning: "Si el SRO quiere hacerle preguntas a su hijo o hija",
    searches: "Registros",
    concern: "Cómo presentar una queja",
    contact: "Con quién comunicarse",
  },
  schoolsLead: (agency, count) =>
    count === 1
      ? `El SRO viene de ${agency} y trabaja en esta escuela:`
      : `Los SRO vienen de ${agency} y trabajan en estas escuelas:`,
  roles: {
    officer:
      "El SRO es policía. Cuida la seguridad de estudiantes y personal, y responde cuando hay un delito.",
    educator: "El SRO da clases sobre la seguridad y la ley.",
    mentor: "El SRO es alguien con quien los estudiantes pueden hablar. Puede escucharlos y darles consejos.",
  },
  teaching: {
    crime: "cómo prevenir delitos",
    online: "la seguridad en internet y en las redes sociales",
    safety: "la seguridad y qué hacer en una emergencia en la escuela",
    victims: "cómo protegerse y pedir ayuda",
    law: "las leyes que afectan a los jóvenes",
    stops: "qué hacer si la policía detiene su carro",
    driving: "cómo manejar con cuidado",
    decisions: "cómo tomar buenas decisiones",
    careers: "trabajos en la policía",
  },
  teachingLead: "El SRO puede dar clases sobre:",
  otherTopicsLead: "Otros temas (en inglés, como los nombra el acuerdo):",
  classArrangement: {
    invitation: "El SRO da una clase solo cuando un maestro o el director se lo pide.",
    plan: "El SRO da clases según un plan que el director aprueba cada año.",
  },
  teacherPresent: "Cuando el SRO da una clase, el maestro se queda en el salón y sigue a cargo del grupo.",
  referral: (staff) => `Si un estudiante necesita ayuda, el SRO puede enviarlo con ${staff} de la escuela.`,
  staff: {
    counselor: "los consejeros",
    psychologist: "los psicólogos",
    socialWorker: "los trabajadores sociales",
    nurse: "los enfermeros",
    administrator: "los administradores",
    administrators: "los administradores",
    counselors: "los consejeros",
    socialWorkers: "los trabajadores sociales",
    psychologists: "los psicólogos",
    nurses: "los enfermeros",
  },
  dutiesLead: "El trabajo diario del SRO incluye (en inglés, como lo dice el acuerdo):",
  noClinicalCounseling:
    "El SRO no da terapia ni consejería profesional. De eso se encarga el personal de la escuela.",
  excludedLead: "La escuela no le pide al SRO que",
  excluded: {
    administrative: "haga trabajo de oficina",
    discipline: "haga cumplir las reglas de la escuela",
    security: "trabaje como guardia de seguridad",
    supervision: "vigile a los estudiantes en la rutina diaria, como en los pasillos o la cafetería",
  },
  discipline: {
    none: "El SRO no participa en la disciplina escolar, como castigos después de clases, suspensiones o expulsiones. Solo el personal de la escuela decide.",
    witness:
      "El SRO no decide la disciplina escolar, como castigos después de clases, suspensiones o expulsiones. Eso lo decide el personal de la escuela. El SRO puede contarles lo que vio.",
    administers:
      "El SRO puede aplicar disciplina escolar, como un castigo después de clases, cuando un administrador de la escuela se lo pide.",
  },
  noArrestForDiscipline:
    "El SRO no arresta ni multa a un estudiante por romper una regla de la escuela. De eso se encarga el personal escolar.",
  decisionMaker: {
    sro: "Solo el SRO decide si arresta a un estudiante, le da una multa o manda el caso a la corte. La escuela no le dice qué hacer.",
    joint:
      "El SRO y un administrador de la escuela deciden juntos si se arresta a un estudiante, se le da una multa o se manda el caso a la corte.",
    administrator:
      "Un administrador de la escuela decide si el SRO arresta a un estudiante, le da una multa o manda el caso a la corte.",
  },
  collaborationInforms:
    "Antes de decidir, el SRO puede tomar en cuenta lo que el personal de la escuela sabe sobre las necesidades del estudiante.",
  diversionFirst:
    "Antes de arrestar o multar, el SRO primero piensa en otras formas de ayudar, como una respuesta de la escuela o un programa.",
  exceptionsLead: "El SRO puede actuar de inmediato cuando hay:",
  exceptions: {
    threat: "un peligro inmediato para alguien",
    weapon: "un arma de fuego u otra arma peligrosa",
    injury: "una lesión grave",
  },
  alternativesLead: "Programas a los que el SRO puede enviar a un estudiante:",
  parentNotice: {
    before:
      "Antes de que el SRO le haga preguntas a su hijo o hija (menor de 18 años) sobre un posible delito, a usted le avisan y puede estar presente.",
    after:
      "Si el SRO le hace preguntas a su hijo o hija (menor de 18 años) sobre un posible delito, a usted le avisan lo antes posible.",
    law: "El SRO les avisa a los padres sobre las preguntas cuando la ley o las reglas de la policía lo exigen.",
  },
  noticeExceptionsLead: "El SRO puede hacer preguntas antes de hablar con los padres cuando hay:",
  noticeExceptions: {
    emergency: "un peligro inmediato para alguien",
    abuse: "la sospecha de que un padre o madre maltrató o descuidó al menor",
    evidence: "el riesgo de que se destruyan pruebas o de que alguien huya",
  },
  staffPresent: (who) =>
    who
      ? `Si no hay un padre o madre presente, un miembro del personal de la escuela se queda con su hijo o hija (uno de ${who}).`
      : "Si no hay un padre o madre presente, un miembro del personal de la escuela se queda con su hijo o hija.",
  rightsAdvice: {
    always:
      "Antes de hacerle preguntas sobre un posible delito, el SRO le explica a su hijo o hija sus derechos, con palabras que pueda entender.",
    custodial: "El SRO le explica a su hijo o hija sus derechos cuando la ley lo exige.",
  },
  noDisciplineQuestioning: "El SRO no hace preguntas a los estudiantes para un caso de disciplina escolar.",
  noImmigrationQuestions: "El SRO no pregunta sobre la situación migratoria del estudiante ni de su familia.",
  otherBarredLead: "El SRO tampoco pregunta sobre (en inglés, como lo dice el acuerdo):",
  schoolSearchStandard:
    "Cuando hay que revisar a un estudiante por asuntos de la escuela, lo hace el personal escolar, no el SRO. La escuela es responsable de esas revisiones.",
  sroStandard: {
    "probable-cause":
      "El SRO solo registra a un estudiante cuando tiene una razón legal fuerte (causa probable), como exige la ley.",
    "reasonable-suspicion":
      "El SRO puede registrar a un estudiante si tiene una buena razón para sospechar algo, cuando la ley lo permite.",
  },
  noSearchForStaff: "El SRO no registra a un estudiante solo porque el personal de la escuela se lo pide.",
  sroInSchoolSearch: {
    safety:
      "Cuando el personal de la escuela revisa a un estudiante, el SRO puede estar cerca por seguridad, pero no ayuda a revisar.",
    none: "Cuando el personal de la escuela revisa a un estudiante, el SRO no participa ni está presente.",
    assist: "Cuando el personal de la escuela revisa a un estudiante, el SRO puede ayudar.",
  },
  noStripSearch: "El SRO no hace que un estudiante se quite la ropa para registrarlo en la escuela.",
  adminNotice: "El SRO le avisa a un administrador de la escuela cada vez que registra a un estudiante.",
  channelsLead: "Usted puede presentar una queja sobre un SRO:",
  channels: {
    agency: "ante la agencia de policía, en persona, por teléfono o por internet",
    school: "con el director de la escuela, quien la pasa a la agencia de policía",
    anonymous: "sin dar su nombre",
  },
  forwardDays: (days) =>
    `La escuela pasa la queja a la agencia de policía en un plazo de ${days} ${days === 1 ? "día" : "días"} de clases.`,
  investigator: {
    agency: "La agencia de policía investiga cada queja.",
    independent:
      "Una persona independiente, elegida por el distrito escolar y la agencia de policía, investiga cada queja.",
  },
  responseDays: (days) =>
    `Le responderán en un plazo de ${days} ${days === 1 ? "día" : "días"}, con lo que se decidió o cómo va el caso.`,
  noRetaliation: "Nadie puede tomar represalias contra usted por presentar una queja.",
  published:
    "El distrito escolar explica cómo presentar una queja en el manual del estudiante y en su sitio web.",
  forParty: (party) => party,
  email: "Correo",
  address: "Dirección",
  person: (name, title) => (name ? `${name}, ${title}` : title),
  partyAddressLead: "Las dos partes del acuerdo son:",
  and: "y",
  or: "o",
  footer: "Resumen para las familias; vale lo que dice el acuerdo firmado",
  header: (district) => `Oficiales de Recursos Escolares en ${district}: resumen para las familias`,
  pageLabel: ["Página ", " de "],
};

export const FAMILY_WORDS: Readonly<Record<FamilyLanguage, FamilyWords>> = { en, es };
