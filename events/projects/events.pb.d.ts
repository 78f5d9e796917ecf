import * as $protobuf from "protobufjs/minimal.js";
import Long = require("long");

/** Namespace meshwork. */
export namespace meshwork {

    /** Namespace events. */
    namespace events {

        /** Namespace projects. */
        namespace projects {

            /** EventType enum. */
            enum EventType {

                /** EVENT_TYPE_UNKNOWN value */
                EVENT_TYPE_UNKNOWN = 0,

                /** ProjectCreated value */
                ProjectCreated = 1,

                /** ProjectUpdated value */
                ProjectUpdated = 2,

                /** ProjectDeleted value */
                ProjectDeleted = 3,

                /** ColumnCreated value */
                ColumnCreated = 4,

                /** TaskCreated value */
                TaskCreated = 5,

                /** TaskUpdated value */
                TaskUpdated = 6,

                /** TaskMoved value */
                TaskMoved = 7,

                /** TaskDeleted value */
                TaskDeleted = 8,

                /** CommentCreated value */
                CommentCreated = 9
            }

            /**
             * Properties of a Project.
             * @deprecated Use meshwork.events.projects.Project.$Properties instead.
             */
            interface IProject extends meshwork.events.projects.Project.$Properties {
            }

            /** Represents a Project. */
            class Project {

                /**
                 * Constructs a new Project.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: meshwork.events.projects.Project.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** Project id. */
                id: string;

                /** Project teamId. */
                teamId: string;

                /** Project name. */
                name: string;

                /** Project prefix. */
                prefix: string;

                /** Project description. */
                description: string;

                /** Project public. */
                public: boolean;

                /** Project columnOrder. */
                columnOrder: string[];

                /** Project createdAt. */
                createdAt: (number|Long);

                /** Project updatedAt. */
                updatedAt: (number|Long);

                /**
                 * Creates a new Project instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns Project instance
                 */
                static create(properties: meshwork.events.projects.Project.$Shape): meshwork.events.projects.Project & meshwork.events.projects.Project.$Shape;
                static create(properties?: meshwork.events.projects.Project.$Properties): meshwork.events.projects.Project;

                /**
                 * Encodes the specified Project message. Does not implicitly {@link meshwork.events.projects.Project.verify|verify} messages.
                 * @param message Project message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: meshwork.events.projects.Project.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified Project message, length delimited. Does not implicitly {@link meshwork.events.projects.Project.verify|verify} messages.
                 * @param message Project message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: meshwork.events.projects.Project.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a Project message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {meshwork.events.projects.Project & meshwork.events.projects.Project.$Shape} Project
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): meshwork.events.projects.Project & meshwork.events.projects.Project.$Shape;

                /**
                 * Decodes a Project message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {meshwork.events.projects.Project & meshwork.events.projects.Project.$Shape} Project
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): meshwork.events.projects.Project & meshwork.events.projects.Project.$Shape;

                /**
                 * Verifies a Project message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a Project message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns Project
                 */
                static fromObject(object: { [k: string]: any }): meshwork.events.projects.Project;

                /**
                 * Creates a plain object from a Project message. Also converts values to other types if specified.
                 * @param message Project
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: meshwork.events.projects.Project, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this Project to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for Project
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace Project {

                /** Properties of a Project. */
                interface $Properties {

                    /** Project id */
                    id?: (string|null);

                    /** Project teamId */
                    teamId?: (string|null);

                    /** Project name */
                    name?: (string|null);

                    /** Project prefix */
                    prefix?: (string|null);

                    /** Project description */
                    description?: (string|null);

                    /** Project public */
                    "public"?: (boolean|null);

                    /** Project columnOrder */
                    columnOrder?: (string[]|null);

                    /** Project createdAt */
                    createdAt?: (number|Long|null);

                    /** Project updatedAt */
                    updatedAt?: (number|Long|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a Project. */
                type $Shape = meshwork.events.projects.Project.$Properties;
            }

            /**
             * Properties of a Column.
             * @deprecated Use meshwork.events.projects.Column.$Properties instead.
             */
            interface IColumn extends meshwork.events.projects.Column.$Properties {
            }

            /** Represents a Column. */
            class Column {

                /**
                 * Constructs a new Column.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: meshwork.events.projects.Column.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** Column id. */
                id: string;

                /** Column projectId. */
                projectId: string;

                /** Column title. */
                title: string;

                /** Column taskIds. */
                taskIds: string[];

                /** Column createdAt. */
                createdAt: (number|Long);

                /**
                 * Creates a new Column instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns Column instance
                 */
                static create(properties: meshwork.events.projects.Column.$Shape): meshwork.events.projects.Column & meshwork.events.projects.Column.$Shape;
                static create(properties?: meshwork.events.projects.Column.$Properties): meshwork.events.projects.Column;

                /**
                 * Encodes the specified Column message. Does not implicitly {@link meshwork.events.projects.Column.verify|verify} messages.
                 * @param message Column message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: meshwork.events.projects.Column.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified Column message, length delimited. Does not implicitly {@link meshwork.events.projects.Column.verify|verify} messages.
                 * @param message Column message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: meshwork.events.projects.Column.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a Column message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {meshwork.events.projects.Column & meshwork.events.projects.Column.$Shape} Column
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): meshwork.events.projects.Column & meshwork.events.projects.Column.$Shape;

                /**
                 * Decodes a Column message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {meshwork.events.projects.Column & meshwork.events.projects.Column.$Shape} Column
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): meshwork.events.projects.Column & meshwork.events.projects.Column.$Shape;

                /**
                 * Verifies a Column message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a Column message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns Column
                 */
                static fromObject(object: { [k: string]: any }): meshwork.events.projects.Column;

                /**
                 * Creates a plain object from a Column message. Also converts values to other types if specified.
                 * @param message Column
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: meshwork.events.projects.Column, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this Column to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for Column
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace Column {

                /** Properties of a Column. */
                interface $Properties {

                    /** Column id */
                    id?: (string|null);

                    /** Column projectId */
                    projectId?: (string|null);

                    /** Column title */
                    title?: (string|null);

                    /** Column taskIds */
                    taskIds?: (string[]|null);

                    /** Column createdAt */
                    createdAt?: (number|Long|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a Column. */
                type $Shape = meshwork.events.projects.Column.$Properties;
            }

            /**
             * Properties of a Task.
             * @deprecated Use meshwork.events.projects.Task.$Properties instead.
             */
            interface ITask extends meshwork.events.projects.Task.$Properties {
            }

            /** Represents a Task. */
            class Task {

                /**
                 * Constructs a new Task.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: meshwork.events.projects.Task.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** Task id. */
                id: string;

                /** Task projectId. */
                projectId: string;

                /** Task columnId. */
                columnId: string;

                /** Task key. */
                key: string;

                /** Task seq. */
                seq: number;

                /** Task title. */
                title: string;

                /** Task points. */
                points: number;

                /** Task content. */
                content: string;

                /** Task assigneeId. */
                assigneeId: string;

                /** Task createdAt. */
                createdAt: (number|Long);

                /** Task updatedAt. */
                updatedAt: (number|Long);

                /**
                 * Creates a new Task instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns Task instance
                 */
                static create(properties: meshwork.events.projects.Task.$Shape): meshwork.events.projects.Task & meshwork.events.projects.Task.$Shape;
                static create(properties?: meshwork.events.projects.Task.$Properties): meshwork.events.projects.Task;

                /**
                 * Encodes the specified Task message. Does not implicitly {@link meshwork.events.projects.Task.verify|verify} messages.
                 * @param message Task message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: meshwork.events.projects.Task.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified Task message, length delimited. Does not implicitly {@link meshwork.events.projects.Task.verify|verify} messages.
                 * @param message Task message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: meshwork.events.projects.Task.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a Task message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {meshwork.events.projects.Task & meshwork.events.projects.Task.$Shape} Task
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): meshwork.events.projects.Task & meshwork.events.projects.Task.$Shape;

                /**
                 * Decodes a Task message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {meshwork.events.projects.Task & meshwork.events.projects.Task.$Shape} Task
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): meshwork.events.projects.Task & meshwork.events.projects.Task.$Shape;

                /**
                 * Verifies a Task message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a Task message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns Task
                 */
                static fromObject(object: { [k: string]: any }): meshwork.events.projects.Task;

                /**
                 * Creates a plain object from a Task message. Also converts values to other types if specified.
                 * @param message Task
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: meshwork.events.projects.Task, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this Task to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for Task
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace Task {

                /** Properties of a Task. */
                interface $Properties {

                    /** Task id */
                    id?: (string|null);

                    /** Task projectId */
                    projectId?: (string|null);

                    /** Task columnId */
                    columnId?: (string|null);

                    /** Task key */
                    key?: (string|null);

                    /** Task seq */
                    seq?: (number|null);

                    /** Task title */
                    title?: (string|null);

                    /** Task points */
                    points?: (number|null);

                    /** Task content */
                    content?: (string|null);

                    /** Task assigneeId */
                    assigneeId?: (string|null);

                    /** Task createdAt */
                    createdAt?: (number|Long|null);

                    /** Task updatedAt */
                    updatedAt?: (number|Long|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a Task. */
                type $Shape = meshwork.events.projects.Task.$Properties;
            }

            /**
             * Properties of a Comment.
             * @deprecated Use meshwork.events.projects.Comment.$Properties instead.
             */
            interface IComment extends meshwork.events.projects.Comment.$Properties {
            }

            /** Represents a Comment. */
            class Comment {

                /**
                 * Constructs a new Comment.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: meshwork.events.projects.Comment.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** Comment id. */
                id: string;

                /** Comment taskId. */
                taskId: string;

                /** Comment authorId. */
                authorId: string;

                /** Comment content. */
                content: string;

                /** Comment createdAt. */
                createdAt: (number|Long);

                /**
                 * Creates a new Comment instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns Comment instance
                 */
                static create(properties: meshwork.events.projects.Comment.$Shape): meshwork.events.projects.Comment & meshwork.events.projects.Comment.$Shape;
                static create(properties?: meshwork.events.projects.Comment.$Properties): meshwork.events.projects.Comment;

                /**
                 * Encodes the specified Comment message. Does not implicitly {@link meshwork.events.projects.Comment.verify|verify} messages.
                 * @param message Comment message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: meshwork.events.projects.Comment.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified Comment message, length delimited. Does not implicitly {@link meshwork.events.projects.Comment.verify|verify} messages.
                 * @param message Comment message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: meshwork.events.projects.Comment.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a Comment message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {meshwork.events.projects.Comment & meshwork.events.projects.Comment.$Shape} Comment
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): meshwork.events.projects.Comment & meshwork.events.projects.Comment.$Shape;

                /**
                 * Decodes a Comment message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {meshwork.events.projects.Comment & meshwork.events.projects.Comment.$Shape} Comment
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): meshwork.events.projects.Comment & meshwork.events.projects.Comment.$Shape;

                /**
                 * Verifies a Comment message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a Comment message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns Comment
                 */
                static fromObject(object: { [k: string]: any }): meshwork.events.projects.Comment;

                /**
                 * Creates a plain object from a Comment message. Also converts values to other types if specified.
                 * @param message Comment
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: meshwork.events.projects.Comment, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this Comment to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for Comment
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace Comment {

                /** Properties of a Comment. */
                interface $Properties {

                    /** Comment id */
                    id?: (string|null);

                    /** Comment taskId */
                    taskId?: (string|null);

                    /** Comment authorId */
                    authorId?: (string|null);

                    /** Comment content */
                    content?: (string|null);

                    /** Comment createdAt */
                    createdAt?: (number|Long|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a Comment. */
                type $Shape = meshwork.events.projects.Comment.$Properties;
            }

            /**
             * Properties of an Event.
             * @deprecated Use meshwork.events.projects.Event.$Properties instead.
             */
            interface IEvent extends meshwork.events.projects.Event.$Properties {
            }

            /** Represents an Event. */
            class Event {

                /**
                 * Constructs a new Event.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: meshwork.events.projects.Event.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** Event type. */
                type: meshwork.events.projects.EventType;

                /** Event project. */
                project?: (meshwork.events.projects.Project.$Properties|null);

                /** Event column. */
                column?: (meshwork.events.projects.Column.$Properties|null);

                /** Event task. */
                task?: (meshwork.events.projects.Task.$Properties|null);

                /** Event comment. */
                comment?: (meshwork.events.projects.Comment.$Properties|null);

                /** Event changed. */
                changed: string[];

                /** Event fromColumnId. */
                fromColumnId: string;

                /** Event position. */
                position: number;

                /**
                 * Creates a new Event instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns Event instance
                 */
                static create(properties: meshwork.events.projects.Event.$Shape): meshwork.events.projects.Event & meshwork.events.projects.Event.$Shape;
                static create(properties?: meshwork.events.projects.Event.$Properties): meshwork.events.projects.Event;

                /**
                 * Encodes the specified Event message. Does not implicitly {@link meshwork.events.projects.Event.verify|verify} messages.
                 * @param message Event message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: meshwork.events.projects.Event.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified Event message, length delimited. Does not implicitly {@link meshwork.events.projects.Event.verify|verify} messages.
                 * @param message Event message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: meshwork.events.projects.Event.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes an Event message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {meshwork.events.projects.Event & meshwork.events.projects.Event.$Shape} Event
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): meshwork.events.projects.Event & meshwork.events.projects.Event.$Shape;

                /**
                 * Decodes an Event message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {meshwork.events.projects.Event & meshwork.events.projects.Event.$Shape} Event
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): meshwork.events.projects.Event & meshwork.events.projects.Event.$Shape;

                /**
                 * Verifies an Event message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates an Event message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns Event
                 */
                static fromObject(object: { [k: string]: any }): meshwork.events.projects.Event;

                /**
                 * Creates a plain object from an Event message. Also converts values to other types if specified.
                 * @param message Event
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: meshwork.events.projects.Event, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this Event to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for Event
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace Event {

                /** Properties of an Event. */
                interface $Properties {

                    /** Event type */
                    type?: (meshwork.events.projects.EventType|null);

                    /** Event project */
                    project?: (meshwork.events.projects.Project.$Properties|null);

                    /** Event column */
                    column?: (meshwork.events.projects.Column.$Properties|null);

                    /** Event task */
                    task?: (meshwork.events.projects.Task.$Properties|null);

                    /** Event comment */
                    comment?: (meshwork.events.projects.Comment.$Properties|null);

                    /** Event changed */
                    changed?: (string[]|null);

                    /** Event fromColumnId */
                    fromColumnId?: (string|null);

                    /** Event position */
                    position?: (number|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of an Event. */
                type $Shape = meshwork.events.projects.Event.$Properties;
            }
        }
    }
}
