import { widgetHandoffPrivacySuite } from './widgetHandoffPrivacy';

widgetHandoffPrivacySuite('the app on SQLite', async () => ({}));
