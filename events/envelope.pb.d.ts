import * as $protobuf from "protobufjs/minimal.js";
import Long = require("long");

/** Namespace meshwork. */
export namespace meshwork {

    /** Namespace events. */
    namespace events {

        /**
         * Properties of an Envelope.
         * @deprecated Use meshwork.events.Envelope.$Properties instead.
         */
        interface IEnvelope extends meshwork.events.Envelope.$Properties {
        }

        /** Represents an Envelope. */
        class Envelope {

            /**
             * Constructs a new Envelope.
             * @param [properties] Properties to set
             */
            constructor(properties?: meshwork.events.Envelope.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Envelope id. */
            id: string;

            /** Envelope topic. */
            topic: string;

            /** Envelope type. */
            type: string;

            /** Envelope occurredAt. */
            occurredAt: (number|Long);

            /** Envelope actorId. */
            actorId: string;

            /** Envelope teamId. */
            teamId: string;

            /** Envelope entity. */
            entity: string;

            /** Envelope entityId. */
            entityId: string;

            /** Envelope traceId. */
            traceId: string;

            /** Envelope schemaVersion. */
            schemaVersion: number;

            /** Envelope payload. */
            payload: Uint8Array;

            /**
             * Creates a new Envelope instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Envelope instance
             */
            static create(properties: meshwork.events.Envelope.$Shape): meshwork.events.Envelope & meshwork.events.Envelope.$Shape;
            static create(properties?: meshwork.events.Envelope.$Properties): meshwork.events.Envelope;

            /**
             * Encodes the specified Envelope message. Does not implicitly {@link meshwork.events.Envelope.verify|verify} messages.
             * @param message Envelope message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: meshwork.events.Envelope.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified Envelope message, length delimited. Does not implicitly {@link meshwork.events.Envelope.verify|verify} messages.
             * @param message Envelope message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: meshwork.events.Envelope.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an Envelope message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {meshwork.events.Envelope & meshwork.events.Envelope.$Shape} Envelope
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): meshwork.events.Envelope & meshwork.events.Envelope.$Shape;

            /**
             * Decodes an Envelope message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {meshwork.events.Envelope & meshwork.events.Envelope.$Shape} Envelope
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): meshwork.events.Envelope & meshwork.events.Envelope.$Shape;

            /**
             * Verifies an Envelope message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates an Envelope message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Envelope
             */
            static fromObject(object: { [k: string]: any }): meshwork.events.Envelope;

            /**
             * Creates a plain object from an Envelope message. Also converts values to other types if specified.
             * @param message Envelope
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: meshwork.events.Envelope, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Envelope to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Envelope
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Envelope {

            /** Properties of an Envelope. */
            interface $Properties {

                /** Envelope id */
                id?: (string|null);

                /** Envelope topic */
                topic?: (string|null);

                /** Envelope type */
                type?: (string|null);

                /** Envelope occurredAt */
                occurredAt?: (number|Long|null);

                /** Envelope actorId */
                actorId?: (string|null);

                /** Envelope teamId */
                teamId?: (string|null);

                /** Envelope entity */
                entity?: (string|null);

                /** Envelope entityId */
                entityId?: (string|null);

                /** Envelope traceId */
                traceId?: (string|null);

                /** Envelope schemaVersion */
                schemaVersion?: (number|null);

                /** Envelope payload */
                payload?: (Uint8Array|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an Envelope. */
            type $Shape = meshwork.events.Envelope.$Properties;
        }
    }
}
