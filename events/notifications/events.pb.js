/*eslint-disable block-scoped-var, id-length, no-control-regex, no-magic-numbers, no-mixed-operators, no-prototype-builtins, no-redeclare, no-shadow, no-var, sort-vars, default-case, jsdoc/require-param*/
import $protobuf from "protobufjs/minimal.js";

// Common aliases
const $Reader = $protobuf.Reader, $Writer = $protobuf.Writer, $util = $protobuf.util;
const $Object = $util.global.Object, $undefined = $util.global.undefined, $Error = $util.global.Error, $RangeError = $util.global.RangeError, $TypeError = $util.global.TypeError, $String = $util.global.String, $Number = $util.global.Number, $parseInt = $util.global.parseInt, $BigInt = $util.global.BigInt, $Boolean = $util.global.Boolean;

// Exported root namespace
const $root = $protobuf.roots["notifications"] || ($protobuf.roots["notifications"] = {});

export const meshwork = $root.meshwork = (() => {

    /**
     * Namespace meshwork.
     * @exports meshwork
     * @namespace
     */
    const meshwork = {};

    meshwork.events = (function() {

        /**
         * Namespace events.
         * @memberof meshwork
         * @namespace
         */
        const events = {};

        events.notifications = (function() {

            /**
             * Namespace notifications.
             * @memberof meshwork.events
             * @namespace
             */
            const notifications = {};

            /**
             * EventType enum.
             * @name meshwork.events.notifications.EventType
             * @enum {number}
             * @property {number} EVENT_TYPE_UNKNOWN=0 EVENT_TYPE_UNKNOWN value
             * @property {number} EmailQueued=1 EmailQueued value
             * @property {number} EmailSent=2 EmailSent value
             * @property {number} EmailFailed=3 EmailFailed value
             * @property {number} NotificationCreated=4 NotificationCreated value
             */
            notifications.EventType = (function() {
                const valuesById = $Object.create(null), values = $Object.create(valuesById);
                values[valuesById[0] = "EVENT_TYPE_UNKNOWN"] = 0;
                values[valuesById[1] = "EmailQueued"] = 1;
                values[valuesById[2] = "EmailSent"] = 2;
                values[valuesById[3] = "EmailFailed"] = 3;
                values[valuesById[4] = "NotificationCreated"] = 4;
                return values;
            })();

            notifications.Email = (function() {

                /**
                 * Properties of an Email.
                 * @typedef {Object} meshwork.events.notifications.Email.$Properties
                 * @property {string|null} [id] Email id
                 * @property {string|null} [to] Email to
                 * @property {string|null} [template] Email template
                 * @property {string|null} [subject] Email subject
                 * @property {number|null} [attempts] Email attempts
                 * @property {string|null} [error] Email error
                 * @property {number|Long|null} [createdAt] Email createdAt
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of an Email.
                 * @memberof meshwork.events.notifications
                 * @interface IEmail
                 * @augments meshwork.events.notifications.Email.$Properties
                 * @deprecated Use meshwork.events.notifications.Email.$Properties instead.
                 */

                /**
                 * Shape of an Email.
                 * @typedef {meshwork.events.notifications.Email.$Properties} meshwork.events.notifications.Email.$Shape
                 */

                /**
                 * Constructs a new Email.
                 * @memberof meshwork.events.notifications
                 * @classdesc Represents an Email.
                 * @constructor
                 * @param {meshwork.events.notifications.Email.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const Email = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * Email id.
                 * @member {string} id
                 * @memberof meshwork.events.notifications.Email
                 * @instance
                 */
                Email.prototype.id = "";

                /**
                 * Email to.
                 * @member {string} to
                 * @memberof meshwork.events.notifications.Email
                 * @instance
                 */
                Email.prototype.to = "";

                /**
                 * Email template.
                 * @member {string} template
                 * @memberof meshwork.events.notifications.Email
                 * @instance
                 */
                Email.prototype.template = "";

                /**
                 * Email subject.
                 * @member {string} subject
                 * @memberof meshwork.events.notifications.Email
                 * @instance
                 */
                Email.prototype.subject = "";

                /**
                 * Email attempts.
                 * @member {number} attempts
                 * @memberof meshwork.events.notifications.Email
                 * @instance
                 */
                Email.prototype.attempts = 0;

                /**
                 * Email error.
                 * @member {string} error
                 * @memberof meshwork.events.notifications.Email
                 * @instance
                 */
                Email.prototype.error = "";

                /**
                 * Email createdAt.
                 * @member {number|Long} createdAt
                 * @memberof meshwork.events.notifications.Email
                 * @instance
                 */
                Email.prototype.createdAt = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

                /**
                 * Creates a new Email instance using the specified properties.
                 * @function create
                 * @memberof meshwork.events.notifications.Email
                 * @static
                 * @param {meshwork.events.notifications.Email.$Properties=} [properties] Properties to set
                 * @returns {meshwork.events.notifications.Email} Email instance
                 * @type {{
                 *   (properties: meshwork.events.notifications.Email.$Shape): meshwork.events.notifications.Email & meshwork.events.notifications.Email.$Shape;
                 *   (properties?: meshwork.events.notifications.Email.$Properties): meshwork.events.notifications.Email;
                 * }}
                 */
                Email.create = function(properties) {
                    return new Email(properties);
                };

                /**
                 * Encodes the specified Email message. Does not implicitly {@link meshwork.events.notifications.Email.verify|verify} messages.
                 * @function encode
                 * @memberof meshwork.events.notifications.Email
                 * @static
                 * @param {meshwork.events.notifications.Email.$Properties} message Email message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Email.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.id != null && $Object.hasOwnProperty.call(message, "id") && message.id !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.id);
                    if (message.to != null && $Object.hasOwnProperty.call(message, "to") && message.to !== "")
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.to);
                    if (message.template != null && $Object.hasOwnProperty.call(message, "template") && message.template !== "")
                        writer.uint32(/* id 3, wireType 2 =*/26).string(message.template);
                    if (message.subject != null && $Object.hasOwnProperty.call(message, "subject") && message.subject !== "")
                        writer.uint32(/* id 4, wireType 2 =*/34).string(message.subject);
                    if (message.attempts != null && $Object.hasOwnProperty.call(message, "attempts") && message.attempts !== 0)
                        writer.uint32(/* id 5, wireType 0 =*/40).uint32(message.attempts);
                    if (message.error != null && $Object.hasOwnProperty.call(message, "error") && message.error !== "")
                        writer.uint32(/* id 6, wireType 2 =*/50).string(message.error);
                    if (message.createdAt != null && $Object.hasOwnProperty.call(message, "createdAt") && (typeof message.createdAt === "object" ? message.createdAt.low || message.createdAt.high : message.createdAt !== 0))
                        writer.uint32(/* id 7, wireType 0 =*/56).int64(message.createdAt);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Encodes the specified Email message, length delimited. Does not implicitly {@link meshwork.events.notifications.Email.verify|verify} messages.
                 * @function encodeDelimited
                 * @memberof meshwork.events.notifications.Email
                 * @static
                 * @param {meshwork.events.notifications.Email.$Properties} message Email message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Email.encodeDelimited = function(message, writer) {
                    return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                };

                /**
                 * Decodes an Email message from the specified reader or buffer.
                 * @function decode
                 * @memberof meshwork.events.notifications.Email
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {meshwork.events.notifications.Email & meshwork.events.notifications.Email.$Shape} Email
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Email.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.meshwork.events.notifications.Email();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.id = value;
                                else
                                    delete message.id;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.to = value;
                                else
                                    delete message.to;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.template = value;
                                else
                                    delete message.template;
                                continue;
                            }
                        case 4: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.subject = value;
                                else
                                    delete message.subject;
                                continue;
                            }
                        case 5: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.attempts = value;
                                else
                                    delete message.attempts;
                                continue;
                            }
                        case 6: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.error = value;
                                else
                                    delete message.error;
                                continue;
                            }
                        case 7: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                    message.createdAt = value;
                                else
                                    delete message.createdAt;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Decodes an Email message from the specified reader or buffer, length delimited.
                 * @function decodeDelimited
                 * @memberof meshwork.events.notifications.Email
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @returns {meshwork.events.notifications.Email & meshwork.events.notifications.Email.$Shape} Email
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Email.decodeDelimited = function(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.size());
                };

                /**
                 * Verifies an Email message.
                 * @function verify
                 * @memberof meshwork.events.notifications.Email
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                Email.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    if (message.id != null && $Object.hasOwnProperty.call(message, "id"))
                        if (!$util.isString(message.id))
                            return "id: string expected";
                    if (message.to != null && $Object.hasOwnProperty.call(message, "to"))
                        if (!$util.isString(message.to))
                            return "to: string expected";
                    if (message.template != null && $Object.hasOwnProperty.call(message, "template"))
                        if (!$util.isString(message.template))
                            return "template: string expected";
                    if (message.subject != null && $Object.hasOwnProperty.call(message, "subject"))
                        if (!$util.isString(message.subject))
                            return "subject: string expected";
                    if (message.attempts != null && $Object.hasOwnProperty.call(message, "attempts"))
                        if (!$util.isInteger(message.attempts))
                            return "attempts: integer expected";
                    if (message.error != null && $Object.hasOwnProperty.call(message, "error"))
                        if (!$util.isString(message.error))
                            return "error: string expected";
                    if (message.createdAt != null && $Object.hasOwnProperty.call(message, "createdAt"))
                        if (!$util.isInteger(message.createdAt) && !(message.createdAt && $util.isInteger(message.createdAt.low) && $util.isInteger(message.createdAt.high)))
                            return "createdAt: integer|Long expected";
                    return null;
                };

                /**
                 * Creates an Email message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof meshwork.events.notifications.Email
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {meshwork.events.notifications.Email} Email
                 */
                Email.fromObject = function (object, _depth) {
                    if (object instanceof $root.meshwork.events.notifications.Email)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".meshwork.events.notifications.Email: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.meshwork.events.notifications.Email();
                    if (object.id != null)
                        if (typeof object.id !== "string" || object.id.length)
                            message.id = $String(object.id);
                    if (object.to != null)
                        if (typeof object.to !== "string" || object.to.length)
                            message.to = $String(object.to);
                    if (object.template != null)
                        if (typeof object.template !== "string" || object.template.length)
                            message.template = $String(object.template);
                    if (object.subject != null)
                        if (typeof object.subject !== "string" || object.subject.length)
                            message.subject = $String(object.subject);
                    if (object.attempts != null)
                        if ($Number(object.attempts) !== 0)
                            message.attempts = object.attempts >>> 0;
                    if (object.error != null)
                        if (typeof object.error !== "string" || object.error.length)
                            message.error = $String(object.error);
                    if (object.createdAt != null)
                        if (typeof object.createdAt === "object" ? object.createdAt.low || object.createdAt.high : $Number(object.createdAt) !== 0)
                            if ($util.Long)
                                message.createdAt = $util.Long.fromValue(object.createdAt, false);
                            else if (typeof object.createdAt === "string")
                                message.createdAt = $parseInt(object.createdAt, 10);
                            else if (typeof object.createdAt === "number")
                                message.createdAt = object.createdAt;
                            else if (typeof object.createdAt === "object")
                                message.createdAt = new $util.LongBits(object.createdAt.low >>> 0, object.createdAt.high >>> 0).toNumber();
                    return message;
                };

                /**
                 * Creates a plain object from an Email message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof meshwork.events.notifications.Email
                 * @static
                 * @param {meshwork.events.notifications.Email} message Email
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                Email.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        object.id = "";
                        object.to = "";
                        object.template = "";
                        object.subject = "";
                        object.attempts = 0;
                        object.error = "";
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, false);
                            object.createdAt = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.createdAt = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    }
                    if (message.id != null && $Object.hasOwnProperty.call(message, "id"))
                        object.id = message.id;
                    if (message.to != null && $Object.hasOwnProperty.call(message, "to"))
                        object.to = message.to;
                    if (message.template != null && $Object.hasOwnProperty.call(message, "template"))
                        object.template = message.template;
                    if (message.subject != null && $Object.hasOwnProperty.call(message, "subject"))
                        object.subject = message.subject;
                    if (message.attempts != null && $Object.hasOwnProperty.call(message, "attempts"))
                        object.attempts = message.attempts;
                    if (message.error != null && $Object.hasOwnProperty.call(message, "error"))
                        object.error = message.error;
                    if (message.createdAt != null && $Object.hasOwnProperty.call(message, "createdAt"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.createdAt = typeof message.createdAt === "number" ? $BigInt(message.createdAt) : $util.Long.fromBits(message.createdAt.low >>> 0, message.createdAt.high >>> 0, false).toBigInt();
                        else if (typeof message.createdAt === "number")
                            object.createdAt = options.longs === $String ? $String(message.createdAt) : message.createdAt;
                        else
                            object.createdAt = options.longs === $String ? $util.Long.prototype.toString.call(message.createdAt) : options.longs === $Number ? new $util.LongBits(message.createdAt.low >>> 0, message.createdAt.high >>> 0).toNumber() : message.createdAt;
                    return object;
                };

                /**
                 * Converts this Email to JSON.
                 * @function toJSON
                 * @memberof meshwork.events.notifications.Email
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                Email.prototype.toJSON = function() {
                    return Email.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for Email
                 * @function getTypeUrl
                 * @memberof meshwork.events.notifications.Email
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                Email.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/meshwork.events.notifications.Email";
                };

                return Email;
            })();

            notifications.Notification = (function() {

                /**
                 * Properties of a Notification.
                 * @typedef {Object} meshwork.events.notifications.Notification.$Properties
                 * @property {string|null} [id] Notification id
                 * @property {string|null} [userId] Notification userId
                 * @property {string|null} [kind] Notification kind
                 * @property {string|null} [title] Notification title
                 * @property {string|null} [body] Notification body
                 * @property {boolean|null} [read] Notification read
                 * @property {number|Long|null} [createdAt] Notification createdAt
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a Notification.
                 * @memberof meshwork.events.notifications
                 * @interface INotification
                 * @augments meshwork.events.notifications.Notification.$Properties
                 * @deprecated Use meshwork.events.notifications.Notification.$Properties instead.
                 */

                /**
                 * Shape of a Notification.
                 * @typedef {meshwork.events.notifications.Notification.$Properties} meshwork.events.notifications.Notification.$Shape
                 */

                /**
                 * Constructs a new Notification.
                 * @memberof meshwork.events.notifications
                 * @classdesc Represents a Notification.
                 * @constructor
                 * @param {meshwork.events.notifications.Notification.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const Notification = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * Notification id.
                 * @member {string} id
                 * @memberof meshwork.events.notifications.Notification
                 * @instance
                 */
                Notification.prototype.id = "";

                /**
                 * Notification userId.
                 * @member {string} userId
                 * @memberof meshwork.events.notifications.Notification
                 * @instance
                 */
                Notification.prototype.userId = "";

                /**
                 * Notification kind.
                 * @member {string} kind
                 * @memberof meshwork.events.notifications.Notification
                 * @instance
                 */
                Notification.prototype.kind = "";

                /**
                 * Notification title.
                 * @member {string} title
                 * @memberof meshwork.events.notifications.Notification
                 * @instance
                 */
                Notification.prototype.title = "";

                /**
                 * Notification body.
                 * @member {string} body
                 * @memberof meshwork.events.notifications.Notification
                 * @instance
                 */
                Notification.prototype.body = "";

                /**
                 * Notification read.
                 * @member {boolean} read
                 * @memberof meshwork.events.notifications.Notification
                 * @instance
                 */
                Notification.prototype.read = false;

                /**
                 * Notification createdAt.
                 * @member {number|Long} createdAt
                 * @memberof meshwork.events.notifications.Notification
                 * @instance
                 */
                Notification.prototype.createdAt = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

                /**
                 * Creates a new Notification instance using the specified properties.
                 * @function create
                 * @memberof meshwork.events.notifications.Notification
                 * @static
                 * @param {meshwork.events.notifications.Notification.$Properties=} [properties] Properties to set
                 * @returns {meshwork.events.notifications.Notification} Notification instance
                 * @type {{
                 *   (properties: meshwork.events.notifications.Notification.$Shape): meshwork.events.notifications.Notification & meshwork.events.notifications.Notification.$Shape;
                 *   (properties?: meshwork.events.notifications.Notification.$Properties): meshwork.events.notifications.Notification;
                 * }}
                 */
                Notification.create = function(properties) {
                    return new Notification(properties);
                };

                /**
                 * Encodes the specified Notification message. Does not implicitly {@link meshwork.events.notifications.Notification.verify|verify} messages.
                 * @function encode
                 * @memberof meshwork.events.notifications.Notification
                 * @static
                 * @param {meshwork.events.notifications.Notification.$Properties} message Notification message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Notification.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.id != null && $Object.hasOwnProperty.call(message, "id") && message.id !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.id);
                    if (message.userId != null && $Object.hasOwnProperty.call(message, "userId") && message.userId !== "")
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.userId);
                    if (message.kind != null && $Object.hasOwnProperty.call(message, "kind") && message.kind !== "")
                        writer.uint32(/* id 3, wireType 2 =*/26).string(message.kind);
                    if (message.title != null && $Object.hasOwnProperty.call(message, "title") && message.title !== "")
                        writer.uint32(/* id 4, wireType 2 =*/34).string(message.title);
                    if (message.body != null && $Object.hasOwnProperty.call(message, "body") && message.body !== "")
                        writer.uint32(/* id 5, wireType 2 =*/42).string(message.body);
                    if (message.read != null && $Object.hasOwnProperty.call(message, "read") && message.read !== false)
                        writer.uint32(/* id 6, wireType 0 =*/48).bool(message.read);
                    if (message.createdAt != null && $Object.hasOwnProperty.call(message, "createdAt") && (typeof message.createdAt === "object" ? message.createdAt.low || message.createdAt.high : message.createdAt !== 0))
                        writer.uint32(/* id 7, wireType 0 =*/56).int64(message.createdAt);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Encodes the specified Notification message, length delimited. Does not implicitly {@link meshwork.events.notifications.Notification.verify|verify} messages.
                 * @function encodeDelimited
                 * @memberof meshwork.events.notifications.Notification
                 * @static
                 * @param {meshwork.events.notifications.Notification.$Properties} message Notification message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Notification.encodeDelimited = function(message, writer) {
                    return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                };

                /**
                 * Decodes a Notification message from the specified reader or buffer.
                 * @function decode
                 * @memberof meshwork.events.notifications.Notification
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {meshwork.events.notifications.Notification & meshwork.events.notifications.Notification.$Shape} Notification
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Notification.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.meshwork.events.notifications.Notification();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.id = value;
                                else
                                    delete message.id;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.userId = value;
                                else
                                    delete message.userId;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.kind = value;
                                else
                                    delete message.kind;
                                continue;
                            }
                        case 4: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.title = value;
                                else
                                    delete message.title;
                                continue;
                            }
                        case 5: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.body = value;
                                else
                                    delete message.body;
                                continue;
                            }
                        case 6: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.bool())
                                    message.read = value;
                                else
                                    delete message.read;
                                continue;
                            }
                        case 7: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                    message.createdAt = value;
                                else
                                    delete message.createdAt;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Decodes a Notification message from the specified reader or buffer, length delimited.
                 * @function decodeDelimited
                 * @memberof meshwork.events.notifications.Notification
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @returns {meshwork.events.notifications.Notification & meshwork.events.notifications.Notification.$Shape} Notification
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Notification.decodeDelimited = function(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.size());
                };

                /**
                 * Verifies a Notification message.
                 * @function verify
                 * @memberof meshwork.events.notifications.Notification
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                Notification.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    if (message.id != null && $Object.hasOwnProperty.call(message, "id"))
                        if (!$util.isString(message.id))
                            return "id: string expected";
                    if (message.userId != null && $Object.hasOwnProperty.call(message, "userId"))
                        if (!$util.isString(message.userId))
                            return "userId: string expected";
                    if (message.kind != null && $Object.hasOwnProperty.call(message, "kind"))
                        if (!$util.isString(message.kind))
                            return "kind: string expected";
                    if (message.title != null && $Object.hasOwnProperty.call(message, "title"))
                        if (!$util.isString(message.title))
                            return "title: string expected";
                    if (message.body != null && $Object.hasOwnProperty.call(message, "body"))
                        if (!$util.isString(message.body))
                            return "body: string expected";
                    if (message.read != null && $Object.hasOwnProperty.call(message, "read"))
                        if (typeof message.read !== "boolean")
                            return "read: boolean expected";
                    if (message.createdAt != null && $Object.hasOwnProperty.call(message, "createdAt"))
                        if (!$util.isInteger(message.createdAt) && !(message.createdAt && $util.isInteger(message.createdAt.low) && $util.isInteger(message.createdAt.high)))
                            return "createdAt: integer|Long expected";
                    return null;
                };

                /**
                 * Creates a Notification message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof meshwork.events.notifications.Notification
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {meshwork.events.notifications.Notification} Notification
                 */
                Notification.fromObject = function (object, _depth) {
                    if (object instanceof $root.meshwork.events.notifications.Notification)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".meshwork.events.notifications.Notification: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.meshwork.events.notifications.Notification();
                    if (object.id != null)
                        if (typeof object.id !== "string" || object.id.length)
                            message.id = $String(object.id);
                    if (object.userId != null)
                        if (typeof object.userId !== "string" || object.userId.length)
                            message.userId = $String(object.userId);
                    if (object.kind != null)
                        if (typeof object.kind !== "string" || object.kind.length)
                            message.kind = $String(object.kind);
                    if (object.title != null)
                        if (typeof object.title !== "string" || object.title.length)
                            message.title = $String(object.title);
                    if (object.body != null)
                        if (typeof object.body !== "string" || object.body.length)
                            message.body = $String(object.body);
                    if (object.read != null)
                        if (object.read)
                            message.read = $Boolean(object.read);
                    if (object.createdAt != null)
                        if (typeof object.createdAt === "object" ? object.createdAt.low || object.createdAt.high : $Number(object.createdAt) !== 0)
                            if ($util.Long)
                                message.createdAt = $util.Long.fromValue(object.createdAt, false);
                            else if (typeof object.createdAt === "string")
                                message.createdAt = $parseInt(object.createdAt, 10);
                            else if (typeof object.createdAt === "number")
                                message.createdAt = object.createdAt;
                            else if (typeof object.createdAt === "object")
                                message.createdAt = new $util.LongBits(object.createdAt.low >>> 0, object.createdAt.high >>> 0).toNumber();
                    return message;
                };

                /**
                 * Creates a plain object from a Notification message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof meshwork.events.notifications.Notification
                 * @static
                 * @param {meshwork.events.notifications.Notification} message Notification
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                Notification.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        object.id = "";
                        object.userId = "";
                        object.kind = "";
                        object.title = "";
                        object.body = "";
                        object.read = false;
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, false);
                            object.createdAt = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.createdAt = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    }
                    if (message.id != null && $Object.hasOwnProperty.call(message, "id"))
                        object.id = message.id;
                    if (message.userId != null && $Object.hasOwnProperty.call(message, "userId"))
                        object.userId = message.userId;
                    if (message.kind != null && $Object.hasOwnProperty.call(message, "kind"))
                        object.kind = message.kind;
                    if (message.title != null && $Object.hasOwnProperty.call(message, "title"))
                        object.title = message.title;
                    if (message.body != null && $Object.hasOwnProperty.call(message, "body"))
                        object.body = message.body;
                    if (message.read != null && $Object.hasOwnProperty.call(message, "read"))
                        object.read = message.read;
                    if (message.createdAt != null && $Object.hasOwnProperty.call(message, "createdAt"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.createdAt = typeof message.createdAt === "number" ? $BigInt(message.createdAt) : $util.Long.fromBits(message.createdAt.low >>> 0, message.createdAt.high >>> 0, false).toBigInt();
                        else if (typeof message.createdAt === "number")
                            object.createdAt = options.longs === $String ? $String(message.createdAt) : message.createdAt;
                        else
                            object.createdAt = options.longs === $String ? $util.Long.prototype.toString.call(message.createdAt) : options.longs === $Number ? new $util.LongBits(message.createdAt.low >>> 0, message.createdAt.high >>> 0).toNumber() : message.createdAt;
                    return object;
                };

                /**
                 * Converts this Notification to JSON.
                 * @function toJSON
                 * @memberof meshwork.events.notifications.Notification
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                Notification.prototype.toJSON = function() {
                    return Notification.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for Notification
                 * @function getTypeUrl
                 * @memberof meshwork.events.notifications.Notification
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                Notification.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/meshwork.events.notifications.Notification";
                };

                return Notification;
            })();

            notifications.Event = (function() {

                /**
                 * Properties of an Event.
                 * @typedef {Object} meshwork.events.notifications.Event.$Properties
                 * @property {meshwork.events.notifications.EventType|null} [type] Event type
                 * @property {meshwork.events.notifications.Email.$Properties|null} [email] Event email
                 * @property {meshwork.events.notifications.Notification.$Properties|null} [notification] Event notification
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of an Event.
                 * @memberof meshwork.events.notifications
                 * @interface IEvent
                 * @augments meshwork.events.notifications.Event.$Properties
                 * @deprecated Use meshwork.events.notifications.Event.$Properties instead.
                 */

                /**
                 * Shape of an Event.
                 * @typedef {meshwork.events.notifications.Event.$Properties} meshwork.events.notifications.Event.$Shape
                 */

                /**
                 * Constructs a new Event.
                 * @memberof meshwork.events.notifications
                 * @classdesc Represents an Event.
                 * @constructor
                 * @param {meshwork.events.notifications.Event.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const Event = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * Event type.
                 * @member {meshwork.events.notifications.EventType} type
                 * @memberof meshwork.events.notifications.Event
                 * @instance
                 */
                Event.prototype.type = 0;

                /**
                 * Event email.
                 * @member {meshwork.events.notifications.Email.$Properties|null|undefined} email
                 * @memberof meshwork.events.notifications.Event
                 * @instance
                 */
                Event.prototype.email = null;

                /**
                 * Event notification.
                 * @member {meshwork.events.notifications.Notification.$Properties|null|undefined} notification
                 * @memberof meshwork.events.notifications.Event
                 * @instance
                 */
                Event.prototype.notification = null;

                /**
                 * Creates a new Event instance using the specified properties.
                 * @function create
                 * @memberof meshwork.events.notifications.Event
                 * @static
                 * @param {meshwork.events.notifications.Event.$Properties=} [properties] Properties to set
                 * @returns {meshwork.events.notifications.Event} Event instance
                 * @type {{
                 *   (properties: meshwork.events.notifications.Event.$Shape): meshwork.events.notifications.Event & meshwork.events.notifications.Event.$Shape;
                 *   (properties?: meshwork.events.notifications.Event.$Properties): meshwork.events.notifications.Event;
                 * }}
                 */
                Event.create = function(properties) {
                    return new Event(properties);
                };

                /**
                 * Encodes the specified Event message. Does not implicitly {@link meshwork.events.notifications.Event.verify|verify} messages.
                 * @function encode
                 * @memberof meshwork.events.notifications.Event
                 * @static
                 * @param {meshwork.events.notifications.Event.$Properties} message Event message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Event.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.type != null && $Object.hasOwnProperty.call(message, "type") && message.type !== 0)
                        writer.uint32(/* id 1, wireType 0 =*/8).int32(message.type);
                    if (message.email != null && $Object.hasOwnProperty.call(message, "email"))
                        $root.meshwork.events.notifications.Email.encode(message.email, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                    if (message.notification != null && $Object.hasOwnProperty.call(message, "notification"))
                        $root.meshwork.events.notifications.Notification.encode(message.notification, writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Encodes the specified Event message, length delimited. Does not implicitly {@link meshwork.events.notifications.Event.verify|verify} messages.
                 * @function encodeDelimited
                 * @memberof meshwork.events.notifications.Event
                 * @static
                 * @param {meshwork.events.notifications.Event.$Properties} message Event message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Event.encodeDelimited = function(message, writer) {
                    return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                };

                /**
                 * Decodes an Event message from the specified reader or buffer.
                 * @function decode
                 * @memberof meshwork.events.notifications.Event
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {meshwork.events.notifications.Event & meshwork.events.notifications.Event.$Shape} Event
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Event.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.meshwork.events.notifications.Event();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.int32())
                                    message.type = value;
                                else
                                    delete message.type;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                message.email = $root.meshwork.events.notifications.Email.decode(reader, reader.size(), $undefined, _depth + 1, message.email);
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                message.notification = $root.meshwork.events.notifications.Notification.decode(reader, reader.size(), $undefined, _depth + 1, message.notification);
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Decodes an Event message from the specified reader or buffer, length delimited.
                 * @function decodeDelimited
                 * @memberof meshwork.events.notifications.Event
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @returns {meshwork.events.notifications.Event & meshwork.events.notifications.Event.$Shape} Event
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Event.decodeDelimited = function(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.size());
                };

                /**
                 * Verifies an Event message.
                 * @function verify
                 * @memberof meshwork.events.notifications.Event
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                Event.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    if (message.type != null && $Object.hasOwnProperty.call(message, "type"))
                        if (typeof message.type !== "number" || (message.type | 0) !== message.type)
                            return "type: enum value expected";
                    if (message.email != null && $Object.hasOwnProperty.call(message, "email")) {
                        let error = $root.meshwork.events.notifications.Email.verify(message.email, _depth + 1);
                        if (error)
                            return "email." + error;
                    }
                    if (message.notification != null && $Object.hasOwnProperty.call(message, "notification")) {
                        let error = $root.meshwork.events.notifications.Notification.verify(message.notification, _depth + 1);
                        if (error)
                            return "notification." + error;
                    }
                    return null;
                };

                /**
                 * Creates an Event message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof meshwork.events.notifications.Event
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {meshwork.events.notifications.Event} Event
                 */
                Event.fromObject = function (object, _depth) {
                    if (object instanceof $root.meshwork.events.notifications.Event)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".meshwork.events.notifications.Event: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.meshwork.events.notifications.Event();
                    if (object.type !== 0 && (typeof object.type !== "string" || $root.meshwork.events.notifications.EventType[object.type] !== 0))
                        switch (object.type) {
                        case "EVENT_TYPE_UNKNOWN":
                        case 0:
                            message.type = 0;
                            break;
                        case "EmailQueued":
                        case 1:
                            message.type = 1;
                            break;
                        case "EmailSent":
                        case 2:
                            message.type = 2;
                            break;
                        case "EmailFailed":
                        case 3:
                            message.type = 3;
                            break;
                        case "NotificationCreated":
                        case 4:
                            message.type = 4;
                            break;
                        default:
                            if (typeof object.type === "number" && (object.type | 0) === object.type)
                                message.type = object.type;
                        }
                    if (object.email != null) {
                        if (!$util.isObject(object.email))
                            throw $TypeError(".meshwork.events.notifications.Event.email: object expected");
                        message.email = $root.meshwork.events.notifications.Email.fromObject(object.email, _depth + 1);
                    }
                    if (object.notification != null) {
                        if (!$util.isObject(object.notification))
                            throw $TypeError(".meshwork.events.notifications.Event.notification: object expected");
                        message.notification = $root.meshwork.events.notifications.Notification.fromObject(object.notification, _depth + 1);
                    }
                    return message;
                };

                /**
                 * Creates a plain object from an Event message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof meshwork.events.notifications.Event
                 * @static
                 * @param {meshwork.events.notifications.Event} message Event
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                Event.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        object.type = options.enums === $String ? "EVENT_TYPE_UNKNOWN" : 0;
                        object.email = null;
                        object.notification = null;
                    }
                    if (message.type != null && $Object.hasOwnProperty.call(message, "type"))
                        object.type = options.enums === $String ? $root.meshwork.events.notifications.EventType[message.type] === $undefined ? message.type : $root.meshwork.events.notifications.EventType[message.type] : message.type;
                    if (message.email != null && $Object.hasOwnProperty.call(message, "email"))
                        object.email = $root.meshwork.events.notifications.Email.toObject(message.email, options, _depth + 1);
                    if (message.notification != null && $Object.hasOwnProperty.call(message, "notification"))
                        object.notification = $root.meshwork.events.notifications.Notification.toObject(message.notification, options, _depth + 1);
                    return object;
                };

                /**
                 * Converts this Event to JSON.
                 * @function toJSON
                 * @memberof meshwork.events.notifications.Event
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                Event.prototype.toJSON = function() {
                    return Event.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for Event
                 * @function getTypeUrl
                 * @memberof meshwork.events.notifications.Event
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                Event.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/meshwork.events.notifications.Event";
                };

                return Event;
            })();

            return notifications;
        })();

        return events;
    })();

    return meshwork;
})();

export {
  $root as default
};
