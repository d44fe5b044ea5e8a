/** The bot's fixed wording in one place, so a support lead can review it without reading flows. */
export const MESSAGES = {
  welcome:
    "Hi, I'm the Kingston Express support assistant. Ask me about orders, delivery, returns, refunds, payments or payouts. If something needs a person, I'll check that with you and connect you.",
  welcomeButtons: ['How long do refunds take?', 'Where is my order?', 'Talk to a person'],
  help: 'I can answer Help Center questions (try "how long does delivery take?"), check whether a dispute, return, refund or delivery is still on schedule, and connect you with our team for account security, disputes and chargebacks, orders Dispatched by Kingston Express, and cases that are overdue. Type **cancel** to stop what we\'re doing or **start over** to begin again.',
  cancelled: "OK, I've stopped that. What else can I help you with?",
  startOver: "Let's start over. What can I help you with?",
  glad: 'Glad that helped. Anything else I can help with?',
  sorryNotHelpful:
    "Sorry that didn't help. Could you tell me a bit more about what you need? I can also walk you through three quick questions to see whether our team should take a look.",
  missesOffer:
    "I'm still not finding the right answer. Shall we go through three quick questions to see whether this needs our team?",
  apology:
    "Sorry, something went wrong on my side. I've reset our conversation; please ask again, or type **help** to see what I can do.",
  greeting:
    'Hello! What can I help you with today? You can ask about an order, delivery, a return or refund, payments or payouts.',
  thanks: "You're welcome. Is there anything else I can help with?",
  goodbye: 'Thanks for contacting Kingston Express. Have a good day!',
  attachmentOnly:
    'Thanks, I\'ve got your file. What is it about? Tell me in a few words (for example "my parcel arrived damaged") and I\'ll help, or connect you with our team if it needs a person.',
  acknowledgement:
    'OK. What can I help you with? You can ask a question in your own words, or pick one below.',
  ventDuringHandover:
    "I hear you, and I'm sorry this has been so frustrating. A person will take it from here: I'm passing your case to our team, and one more detail means they won't need to ask you again.",
  statusDuringHandover:
    'Nothing has reached our team yet: your case goes to them as soon as you have answered my questions, and then a person takes it from there.',
  asideDuringHandover:
    "Sorry, that's outside what I can help with here. Back to your case, so our team has what they need:",
  repeatedStatus:
    'I understand this is taking a while. Nothing has changed since I last checked, so the timeline below still holds:',
} as const;
