import type { IncomingMessage, KafkaClient } from '@longcode/kafka';
import { uniqueName } from '@longcode/testing';

/** Reads a topic from the beginning into an array that fills as messages arrive. */
export async function collectTopic(kafka: KafkaClient, topic: string) {
  const messages: IncomingMessage[] = [];
  const consumer = kafka.consumer({ groupId: uniqueName('collector') });
  await consumer.connect();
  await consumer.subscribe([topic], { fromBeginning: true });
  await consumer.run({
    async eachBatch(batch) {
      messages.push(...batch.messages);
    },
  });
  return {
    messages,
    async stop() {
      await consumer.stop();
      await consumer.disconnect();
    },
  };
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
